"""Parameter packs: dated legal values with their sources."""

from werktloont.params.loader import ParameterPack, ParamValue, Snapshot, check_file, default_pack_dir, load_pack

__all__ = ["ParameterPack", "ParamValue", "Snapshot", "check_file", "default_pack_dir", "load_pack"]
