<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="43"/>
        <source>Nog geen uitkomst: controleer de invoer.</source>
        <translation>No result yet: check the input.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="51"/>
        <source>Wat de klant moet regelen bij deze baan</source>
        <translation>What the client must arrange for this job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="53"/>
        <source>Bij deze baan hoeft de klant niets te regelen.</source>
        <translation>With this job there is nothing for the client to arrange.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="62"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="66"/>
        <source>De auto: houden, verkopen of nodig voor werk</source>
        <translation>The car: keep it, sell it, or needed for work</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="73"/>
        <source>Goed om te weten</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="75"/>
        <source>Zonder baanaanbod is er niets te regelen.</source>
        <translation>Without a job offer there is nothing to arrange.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="83"/>
        <source>Maanden</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="83"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="83"/>
        <source>Te besteden per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="83"/>
        <source>Totaal erbij</source>
        <translation>Total gain</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="96"/>
        <source>Maand voor maand</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="100"/>
        <source>Data om op te letten</source>
        <translation>Dates to watch</translation>
    </message>
</context>
<context>
    <name>AssetInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="150"/>
        <source>&amp;Spaargeld en banksaldo</source>
        <translation>Sa&amp;vings and bank balance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="151"/>
        <source>Waarde &amp;auto</source>
        <translation>&amp;Car value</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="152"/>
        <source>Ander vermogen</source>
        <translation>Other assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="153"/>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="154"/>
        <source>Welk bedrag laat uw gemeente vrij voor een auto?</source>
        <translation>Which amount does your municipality leave free for a car?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="155"/>
        <source>Maand van de verandering</source>
        <translation>Month of the change</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="156"/>
        <source>Wat kwam erbij</source>
        <translation>What was added</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="157"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="160"/>
        <source>niet bekend</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="161"/>
        <source>Leeg: de gemeente beslist welk deel van een auto die nodig is vrij blijft. Zonder bedrag telt de hele auto mee (of het bedrag van de gemeente, als de rekenhulp dat kent).</source>
        <translation>Empty: the municipality decides which part of a needed car is left free. Without an amount the whole car counts (or the municipality&apos;s amount, if the calculator knows it).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="164"/>
        <source>een auto (op naam gezet)</source>
        <translation>a car (put in his or her name)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="165"/>
        <source>een gift</source>
        <translation>a gift</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="166"/>
        <source>een erfenis</source>
        <translation>an inheritance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="167"/>
        <source>spaargeld</source>
        <translation>savings</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="168"/>
        <source>iets anders</source>
        <translation>something else</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="171"/>
        <source>Auto is nodig voor werk of handicap</source>
        <translation>Car is needed for work or disability</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="172"/>
        <source>Tijdens de bijstand kwam er vermogen bij</source>
        <translation>Assets were added during bijstand</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="173"/>
        <source>Meteen gemeld bij de gemeente</source>
        <translation>Reported to the municipality at once</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="174"/>
        <source>De gemeente ontdekte het in</source>
        <translation>The municipality found out in</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="177"/>
        <source>Maand waarin de gemeente het ontdekte</source>
        <translation>Month in which the municipality found out</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="203"/>
        <source>Zonder baan</source>
        <translation>Without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="203"/>
        <source>Met baan
1e maand</source>
        <translation>With job
month 1</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="204"/>
        <source>Verschil
1e maand</source>
        <translation>Difference
month 1</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="205"/>
        <source>Overzicht per onderdeel, in de eerste maand van de baan</source>
        <translation>Overview per part, in the first month of the job</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="85"/>
        <source>voorbeeldcasus</source>
        <translation>example case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="86"/>
        <source>nieuwe casus</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="104"/>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="104"/>
        <location filename="../../src/werktloont/ui/casefiles.py" line="169"/>
        <source>Casus (*.json)</source>
        <translation>Case (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="141"/>
        <source>Het baanaanbod is aangepast aan het formulier.</source>
        <translation>The job offer was adjusted to the form.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="142"/>
        <source>Het huishouden is aangepast aan het formulier.</source>
        <translation>The household was adjusted to the form.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="143"/>
        <source>Het vermogen is aangepast aan het formulier.</source>
        <translation>The assets were adjusted to the form.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="144"/>
        <source>De rekendatum is aangepast aan het formulier.</source>
        <translation>The calculation date was adjusted to the form.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="145"/>
        <source>De gemeente is aangepast aan het formulier.</source>
        <translation>The municipality was adjusted to the form.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="152"/>
        <source>Bij het openen aangepast (nog niet opgeslagen):</source>
        <translation>Adjusted when opening (not saved yet):</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="167"/>
        <source>casus.json</source>
        <translation>case.json</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="168"/>
        <source>Casus opslaan</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="181"/>
        <source>Opslaan kan nog niet: {reason}</source>
        <translation>Cannot save yet: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="222"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="223"/>
        <source>De casus is veranderd. Wilt u de wijzigingen opslaan?</source>
        <translation>The case has changed. Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="226"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="227"/>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="228"/>
        <location filename="../../src/werktloont/ui/casefiles.py" line="245"/>
        <location filename="../../src/werktloont/ui/casefiles.py" line="261"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="241"/>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="242"/>
        <source>{name} is alleen-lezen. Wilt u het toch overschrijven?</source>
        <translation>{name} is read-only. Do you want to overwrite it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="244"/>
        <source>&amp;Overschrijven</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="255"/>
        <source>Bestand is veranderd</source>
        <translation>File has changed</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="256"/>
        <source>{name} is opnieuw opgeslagen sinds u het opende, in een ander venster of door een ander programma. Als u nu opslaat, gaat dat werk verloren.</source>
        <translation>{name} was saved again since you opened it, in another window or by another program. If you save now, that work is lost.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="258"/>
        <source>&amp;Toch overschrijven</source>
        <translation>&amp;Overwrite anyway</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="259"/>
        <source>Opslaan a&amp;ls…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="281"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="284"/>
        <source>&amp;Lijst wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="333"/>
        <source>Blijvend</source>
        <translation>For good</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="333"/>
        <source>Tijdens het contract</source>
        <translation>During the contract</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="334"/>
        <source>Eerste maand</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="335"/>
        <source>Welke maand de grafiek laat zien</source>
        <translation>Which month the chart shows</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="336"/>
        <source>Blijvend: als de tijdelijke inkomstenvrijlating voorbij is. Eerste maand: de eerste maand van de baan, met de vrijlating.</source>
        <translation>For good: once the temporary earnings disregard has ended. First month: the first month of the job, with the disregard.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="338"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="338"/>
        <source>Uurloon</source>
        <translation>Wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="338"/>
        <source>Marginale druk</source>
        <translation>Marginal rate</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="339"/>
        <source>Per maand</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="339"/>
        <source>Vermogen</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="343"/>
        <source>Grafiek wordt geladen…</source>
        <translation>Loading chart…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="345"/>
        <source>Het overzicht per maand is nog niet beschikbaar in deze versie. Het komt hier zodra de rekenkern het verloop per maand (met de eindafrekening van de toeslagen) berekent.</source>
        <translation>The month-by-month view is not available in this version yet. It will appear here as soon as the engine computes the months (including the year-end settlement of the allowances).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="350"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="350"/>
        <source>Bruto uurloon</source>
        <translation>Gross hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="351"/>
        <source>Te besteden per maand bij meer of minder uren</source>
        <translation>Disposable income per month with more or fewer hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="352"/>
        <source>Te besteden per maand bij een hoger of lager uurloon</source>
        <translation>Disposable income per month with a higher or lower hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="353"/>
        <source>Marginale druk: wat u van elke extra verdiende euro kwijtraakt</source>
        <translation>Marginal effective tax rate: what you lose of each extra euro earned</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="354"/>
        <source>Per maand vanaf de start van de baan</source>
        <translation>Month by month from the start of the job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="355"/>
        <source>Vermogen en de vermogensgrens van de bijstand</source>
        <translation>Assets and the bijstand asset limit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="356"/>
        <source>Te besteden met baan</source>
        <translation>Disposable with job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="356"/>
        <source>Te besteden zonder baan</source>
        <translation>Disposable without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="357"/>
        <source>{x} uur</source>
        <translation>{x} h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="357"/>
        <source>{x} per uur</source>
        <translation>{x} an hour</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="358"/>
        <source>armoedeval</source>
        <translation>cliff</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="358"/>
        <source>plateau</source>
        <translation>plateau</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="359"/>
        <source>100 %: u houdt niets over</source>
        <translation>100 %: you keep nothing</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="360"/>
        <source>Opgeteld verschil met zonder baan</source>
        <translation>Cumulative difference with no job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="361"/>
        <source>Te besteden als u in de bijstand blijft</source>
        <translation>Disposable if you stay on bijstand</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="362"/>
        <source>Eindafrekening toeslagen</source>
        <translation>Allowance settlement</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="363"/>
        <source>Meegeteld vermogen</source>
        <translation>Counted assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="363"/>
        <source>Vermogensgrens</source>
        <translation>Asset limit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="371"/>
        <source> (blijvend, na de tijdelijke vrijlating)</source>
        <translation> (for good, after the temporary disregard)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="371"/>
        <source> (tijdens het contract)</source>
        <translation> (during the contract)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="373"/>
        <source> (eerste maand van de baan)</source>
        <translation> (first month of the job)</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="64"/>
        <source>Kind {n}</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="65"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="65"/>
        <source>Opvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="66"/>
        <source>Uren opvang per maand</source>
        <translation>Childcare hours per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="67"/>
        <source>Uurprijs opvang</source>
        <translation>Childcare price per hour</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="70"/>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="100"/>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="106"/>
        <source>{what} kind {n}</source>
        <translation>{what}, child {n}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="71"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="72"/>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="73"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="73"/>
        <source>dagopvang</source>
        <translation>day care</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="73"/>
        <source>buitenschoolse opvang (bso)</source>
        <translation>out-of-school care (bso)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="74"/>
        <source>gastouder</source>
        <translation>childminder (gastouder)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="98"/>
        <source>Leeftijd kind {n}</source>
        <translation>Age of child {n}</translation>
    </message>
</context>
<context>
    <name>ChildrenInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="207"/>
        <source>Aantal kin&amp;deren</source>
        <translation>Number of childr&amp;en</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="208"/>
        <source>Kostendelers (medebewoners van 27 jaar of ouder)</source>
        <translation>Cost sharers (housemates aged 27 or over)</translation>
    </message>
</context>
<context>
    <name>DebtInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="115"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="116"/>
        <source>beslag op het inkomen</source>
        <translation>garnishment of income</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="117"/>
        <source>minnelijke schuldregeling (MSNP)</source>
        <translation>voluntary debt arrangement (MSNP)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="118"/>
        <source>wettelijke schuldsanering (WSNP)</source>
        <translation>statutory debt restructuring (WSNP)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="122"/>
        <source>Beslag of schuldregeling: {kind}</source>
        <translation>Garnishment or debt arrangement: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="126"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="127"/>
        <source>Vordering per maand</source>
        <translation>Claim per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="128"/>
        <source>Schuld van</source>
        <translation>Debt of</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="131"/>
        <source>klant</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="132"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="131"/>
        <source>beiden</source>
        <translation>both</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="134"/>
        <source>Van wie is de schuld? Alleen het eigen inkomen van die persoon valt onder het beslag; het inkomen van de partner maakt de beslagvrije voet lager (art. 475db Rv).</source>
        <translation>Whose debt is it? Only that person&apos;s own income is garnished; the partner&apos;s income lowers the protected amount (art. 475db Rv).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="137"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="138"/>
        <source>Vordering onbekend: alles boven de beslagvrije voet (of het vrij te laten bedrag) gaat naar de schuldeisers. Dit gaat niet over de schulden bij Vermogen: die tellen voor de vermogensgrens.</source>
        <translation>Claim unknown: everything above the protected amount (beslagvrije voet or the amount left free) goes to the creditors. This is not about the debts under Assets: those count for the asset limit.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="142"/>
        <source>Beslag, een minnelijke schuldregeling of de WSNP: wat de baan betekent voor wat u overhoudt en voor uw schuld.</source>
        <translation>Garnishment, a voluntary debt arrangement or the WSNP: what the job means for what you keep and for your debt.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="39"/>
        <source>Antwoord {n}</source>
        <translation>Answer {n}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="165"/>
        <source>Bedoelt u {first} of {second}?</source>
        <translation>Do you mean {first} or {second}?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="189"/>
        <source>Een bedrag kan niet negatief zijn.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="192"/>
        <source>&apos;{text}&apos;: typ een heel getal, zonder komma.</source>
        <translation>&apos;{text}&apos;: type a whole number, without a decimal comma.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="194"/>
        <source>&apos;{text}&apos;: te veel cijfers achter de komma (hoogstens {n}).</source>
        <translation>&apos;{text}&apos;: too many digits after the decimal comma (at most {n}).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="196"/>
        <source>bijvoorbeeld 46.000 of 16,50</source>
        <translation>for example 46.000 or 16,50</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="197"/>
        <source>bijvoorbeeld 35</source>
        <translation>for example 35</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="198"/>
        <source>bijvoorbeeld 24 of 24,5</source>
        <translation>for example 24 or 24,5</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="199"/>
        <source>&apos;{text}&apos; is geen getal. Typ {example}.</source>
        <translation>&apos;{text}&apos; is not a number. Type {example}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="346"/>
        <source>{day} valt buiten wat de rekenhulp kent: van {low} tot en met {high}.</source>
        <translation>{day} is outside what the calculator knows: from {low} up to and including {high}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="350"/>
        <source>&apos;{text}&apos;: het jaar ontbreekt.</source>
        <translation>&apos;{text}&apos;: the year is missing.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="352"/>
        <source>&apos;{text}&apos; kan twee datums zijn: typ het met streepjes, bijvoorbeeld 01-03-2026.</source>
        <translation>&apos;{text}&apos; can be read as two dates: type it with dashes, for example 01-03-2026.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="355"/>
        <source>bijvoorbeeld 03-2026 of maart 2026</source>
        <translation>for example 03-2026 or March 2026</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="356"/>
        <source>bijvoorbeeld 1-3-2026</source>
        <translation>for example 1-3-2026</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/entry_fields.py" line="357"/>
        <source>&apos;{text}&apos; is geen datum. Typ {example}.</source>
        <translation>&apos;{text}&apos; is not a date. Type {example}.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="28"/>
        <source>vanaf {start}: {base} {sign} {rate} van het deel daarboven</source>
        <translation>from {start}: {base} {sign} {rate} of the part above it</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="31"/>
        <source>vanaf {start}: {rate}</source>
        <translation>from {start}: {rate}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="71"/>
        <source>Waarom? Uitleg bij het gekozen onderdeel</source>
        <translation>Why? Explanation of the chosen component</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="68"/>
        <location filename="../../src/werktloont/ui/explanation.py" line="76"/>
        <location filename="../../src/werktloont/ui/explanation.py" line="80"/>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="77"/>
        <source>Klik op een regel in het overzicht om te zien hoe dat bedrag is berekend.</source>
        <translation>Click a row in the breakdown to see how that amount was calculated.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="93"/>
        <source>Te besteden is het nettoloon plus de bijstand, de toeslagen en de gemeentelijke regelingen, min de kosten van kinderopvang en de reiskosten. De huur is niet afgetrokken: die is met en zonder baan hetzelfde.</source>
        <translation>Disposable income is the net wage plus bijstand, the allowances and municipal schemes, minus childcare and travel costs. Rent is not deducted: it is the same with and without the job.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="99"/>
        <source>Met baan</source>
        <translation>With job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="99"/>
        <source>Zonder baan</source>
        <translation>Without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="108"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="108"/>
        <source>Gebruikte waarden</source>
        <translation>Values used</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="108"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="116"/>
        <source>sinds {date}</source>
        <translation>since {date}</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="15"/>
        <source>Zoeken &amp;in:</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="16"/>
        <source>Bestands&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="17"/>
        <source>Bestands&amp;naam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="18"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="19"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="20"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="89"/>
        <source>Nog geen uitkomst: controleer de invoer.</source>
        <translation>No result yet: check the input.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="91"/>
        <source>Zonder baanaanbod is er geen vervolgplan.</source>
        <translation>Without a job offer there is no follow-up plan.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="96"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="96"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="96"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="96"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="97"/>
        <source>Voor maand</source>
        <translation>For month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="97"/>
        <source>Totaal van de maand</source>
        <translation>Total for the month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="104"/>
        <source>Tot het eerste loon</source>
        <translation>Until the first wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="104"/>
        <source>Wat de klant doet, en wanneer</source>
        <translation>What the client does, and when</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="105"/>
        <source>Vervolggesprekken van de klantmanager</source>
        <translation>The klantmanager&apos;s follow-up conversations</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="105"/>
        <source>Zo is gerekend</source>
        <translation>How the dates were worked out</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="126"/>
        <location filename="../../src/werktloont/ui/followup.py" line="162"/>
        <source>Bewaar agenda</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="126"/>
        <source>vervolgplan.ics</source>
        <translation>follow-up-plan.ics</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="127"/>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="145"/>
        <source>De agenda {name} is niet bewaard. {why}</source>
        <translation>The calendar {name} was not saved. {why}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="148"/>
        <source>De agenda {name} kon niet worden bewaard: {why}. Kies een andere map of naam en probeer het opnieuw.</source>
        <translation>The calendar {name} could not be saved: {why}. Choose another folder or name and try again.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="153"/>
        <source>De agenda {name} kon niet worden bewaard door een onverwachte fout. Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder (zonder gegevens van de klant).</source>
        <translation>The calendar {name} could not be saved because of an unexpected error. Try again; if it keeps happening, tell the administrator (without the client&apos;s data).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="157"/>
        <source>Agenda bewaard: {name} ({count} afspraken).</source>
        <translation>Calendar saved: {name} ({count} appointments).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="165"/>
        <source>Bewaar agenda (.ics)</source>
        <translation>Save calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="166"/>
        <source>Het plan als afspraken voor Outlook of de telefoon. Zonder naam en bedragen, tenzij u dat aanvinkt.</source>
        <translation>The plan as appointments for Outlook or the phone. Without name and amounts, unless you tick that.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="168"/>
        <source>Met naam en bedragen</source>
        <translation>With name and amounts</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="169"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="170"/>
        <source>Geld per datum</source>
        <translation>Money by date</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="171"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="172"/>
        <source>Grafiek: betalingen per datum en het saldo per maand</source>
        <translation>Chart: payments by date and the balance per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="173"/>
        <source>Tabel: betalingen per datum, met het totaal per maand</source>
        <translation>Table: payments by date, with the total per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="174"/>
        <source>Saldo van de maand</source>
        <translation>Balance of the month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/followup.py" line="177"/>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>HouseholdInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="71"/>
        <source>&amp;Leeftijd klant</source>
        <translation>Client&apos;s &amp;age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="72"/>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="73"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="74"/>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="76"/>
        <source>alleenstaand (zonder partner)</source>
        <translation>single (no partner)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_household.py" line="77"/>
        <source>met partner</source>
        <translation>with a partner</translation>
    </message>
</context>
<context>
    <name>HousingInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_housing.py" line="46"/>
        <source>&amp;Kale huur per maand</source>
        <translation>Base &amp;rent per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_housing.py" line="47"/>
        <source>Ser&amp;vicekosten per maand</source>
        <translation>&amp;Service charges per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_housing.py" line="48"/>
        <source>nog niet ingevuld (geen huur: 0)</source>
        <translation>not filled in yet (no rent: 0)</translation>
    </message>
</context>
<context>
    <name>IncomeInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="178"/>
        <source> bruto</source>
        <translation> gross</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="179"/>
        <source> netto</source>
        <translation> net</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="183"/>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="257"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="184"/>
        <source>partneralimentatie</source>
        <translation>partner alimony</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="185"/>
        <source>kinderalimentatie</source>
        <translation>child maintenance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="186"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="249"/>
        <source>baan {hours} uur</source>
        <translation>job {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="256"/>
        <source>nog {n} uit het bestand</source>
        <translation>{n} more from the file</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="260"/>
        <source>Eigen inkomen klant (baan, uitkering): {summary}</source>
        <translation>Client&apos;s own income (job, benefit): {summary}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="151"/>
        <source>{who}: uren huidige baan</source>
        <translation>{who}: hours current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="152"/>
        <source>{who}: uren per week in huidige baan</source>
        <translation>{who}: hours per week in current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="153"/>
        <source>{who}: bruto uurloon</source>
        <translation>{who}: gross hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="154"/>
        <source>{who}: bruto uurloon huidige baan</source>
        <translation>{who}: gross hourly wage of current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="155"/>
        <source>{who}: baan sinds</source>
        <translation>{who}: job since</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="156"/>
        <source>{who}: huidige baan begonnen in (maand)</source>
        <translation>{who}: current job began in (month)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="157"/>
        <source>{who}: ander inkomen</source>
        <translation>{who}: other income</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="158"/>
        <source>{who}: ander inkomen (soort)</source>
        <translation>{who}: other income (kind)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="159"/>
        <source>{who}: bedrag per maand</source>
        <translation>{who}: amount per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="160"/>
        <source>{who}: ander inkomen per maand</source>
        <translation>{who}: other income per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="166"/>
        <source> uur</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="167"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="168"/>
        <source>Sinds wanneer deze baan loopt: de vrijlating (6 maanden) telt vanaf dan. Onbekend: gerekend alsof de baan deze maand begon.</source>
        <translation>Since when this job has run: the earnings disregard (6 months) counts from then. Unknown: calculated as if the job began this month.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="264"/>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="265"/>
        <source>Inkomen dat de klant nu al heeft naast de bijstand: een baan, een uitkering of partneralimentatie. Het baanaanbod hieronder komt daar bij.</source>
        <translation>Income the client already has next to bijstand: a job, a benefit or partner alimony. The job offer below comes on top of it.</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="204"/>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="204"/>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="204"/>
        <source>Vermogen</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="205"/>
        <source>Baanaanbod</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="206"/>
        <source>Periode en gemeente</source>
        <translation>Period and municipality</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="206"/>
        <source>Gesprek (niet verplicht)</source>
        <translation>Conversation (optional)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="205"/>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="115"/>
        <source>Het minimumloon volgt uit de leeftijd.</source>
        <translation>The minimum wage follows from the age.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="118"/>
        <source>Wettelijk minimumloon bij {age} jaar: {amount} per uur.</source>
        <translation>Legal minimum wage at age {age}: {amount} an hour.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="121"/>
        <source>Let op: dit uurloon is lager dan het wettelijk minimumloon.</source>
        <translation>Note: this hourly wage is below the legal minimum wage.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="141"/>
        <source>Let op: de eerste maand van de baan ({start}) ligt vóór de rekendatum ({day}). Klopt dat? Bij de uitkomst staat hoe de maanden ervoor zijn meegeteld.</source>
        <translation>Note: the job&apos;s first month ({start}) is before the calculation date ({day}). Is that right? The result says how the months before it were counted.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="188"/>
        <source>Baanaanbod: zonder baanaanbod is er niets te vergelijken</source>
        <translation>Job offer: without a job offer there is nothing to compare</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="193"/>
        <source>{label} (of: vast contract)</source>
        <translation>{label} (or: permanent contract)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="206"/>
        <source>Bruto uurl&amp;oon</source>
        <translation>Gross hourly &amp;wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="207"/>
        <source>&amp;Uren per week</source>
        <translation>Ho&amp;urs per week</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="208"/>
        <source>&amp;Eerste maand van de baan</source>
        <translation>First &amp;month of the job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="209"/>
        <source>&amp;Contractduur in maanden</source>
        <translation>Con&amp;tract length in months</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="210"/>
        <source>Re&amp;iskosten per maand (eigen deel)</source>
        <translation>Travel c&amp;osts per month (own share)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="214"/>
        <source> uur</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="215"/>
        <source> mnd</source>
        <translation> mo</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="216"/>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="220"/>
        <source>de maand van de rekendatum</source>
        <translation>the month of the calculation date</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="222"/>
        <source>Geen baanaanbod</source>
        <translation>No job offer</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="223"/>
        <source>Wettelijk &amp;minimumloon voor deze leeftijd</source>
        <translation>Legal minimum wa&amp;ge for this age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_job.py" line="224"/>
        <source>Vast contract (geen einddatum)</source>
        <translation>Permanent contract (no end date)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/werktloont/ui/labels.py" line="20"/>
        <source>nl</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="253"/>
        <source>Controleer de invoer: {message}</source>
        <translation>Please check the input: {message}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="268"/>
        <source>Er ging iets onverwachts mis. Uw invoer staat er nog; probeer het opnieuw. Blijft het gebeuren, meld het dan aan de beheerder (zonder gegevens van de klant).</source>
        <translation>Something unexpected went wrong. Your input is still there; please try again. If it keeps happening, tell the administrator (without client data).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="323"/>
        <source>Over werktloont</source>
        <translation>About werktloont</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="309"/>
        <source>werktloont: loont werken?</source>
        <translation>werktloont: does work pay?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="315"/>
        <source>werktloont {version}
Parameterpakket {pack} ({label}), normen van {first} tot en met {last}, laatst gecontroleerd op {verified}.

Laat zien of een baan loont voor een huishouden in de bijstand. Werkt helemaal offline: geen internet, geen updates, geen gegevens die ergens heen gaan.
Dit is een indicatie, geen beschikking.</source>
        <translation>werktloont {version}
Parameter pack {pack} ({label}), rules from {first} to {last}, last checked on {verified}.

Shows whether a job pays for a household on social assistance. Works fully offline: no internet, no updates, no data sent anywhere.
This is an indication, not a decision.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="337"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="338"/>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="339"/>
        <source>Casus &amp;openen…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="347"/>
        <source>Afs&amp;luiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="340"/>
        <source>Re&amp;cente casussen</source>
        <translation>Re&amp;cent cases</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="341"/>
        <source>Casus op&amp;slaan</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="342"/>
        <source>Casus opslaan &amp;als…</source>
        <translation>Save case &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="343"/>
        <source>&amp;Rapport opslaan als PDF…</source>
        <translation>Save &amp;report as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="344"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="345"/>
        <source>Anoniem afdrukken (zonder naam en notitie)</source>
        <translation>Print anonymously (no name, no note)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="346"/>
        <source>&amp;Voorbeeldcasus</source>
        <translation>&amp;Example case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="348"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="349"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="350"/>
        <source>&amp;Over werktloont</source>
        <translation>&amp;About werktloont</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="351"/>
        <location filename="../../src/werktloont/ui/notice_bar.py" line="59"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="353"/>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="354"/>
        <source>Te regelen</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>PartnerInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="111"/>
        <source>Leeftijd &amp;partner</source>
        <translation>&amp;Partner&apos;s age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="112"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="113"/>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="114"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="115"/>
        <source>Partner werkt</source>
        <translation>Partner works</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="116"/>
        <source>Partner heeft een uitkering of ander inkomen</source>
        <translation>Partner has a benefit or other income</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="118"/>
        <source>Partner is verzekerd voor de zorg</source>
        <translation>Partner has health insurance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="119"/>
        <source>Partner heeft geen recht op bijstand</source>
        <translation>Partner has no right to bijstand</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="124"/>
        <source>Bijvoorbeeld een student (Participatiewet art. 24): de bijstand is dan de helft van de norm.</source>
        <translation>For example a student (Participatiewet art. 24): the bijstand is then half of the norm.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="120"/>
        <source>Het baanaanbod is voor de partner</source>
        <translation>The job offer is for the partner</translation>
    </message>
</context>
<context>
    <name>PeriodInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="46"/>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="79"/>
        <source>geen (alleen landelijke regels)</source>
        <translation>none (national rules only)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="72"/>
        <source>&amp;Rekendatum (normen van)</source>
        <translation>Calculation &amp;date (rules of)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="73"/>
        <source>&amp;Gemeente</source>
        <translation>Mun&amp;icipality</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="75"/>
        <source>Parameterpakket {version}: normen van {first} tot en met {last}.</source>
        <translation>Parameter pack {version}: rules from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="106"/>
        <source>&amp;Naam of initialen klant</source>
        <translation>Client&apos;s &amp;name or initials</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_period.py" line="107"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="33"/>
        <source>Er is nog geen uitkomst, dus nog geen rapport: vul eerst alles in (links staat wat nog ontbreekt).</source>
        <translation>There is no result yet, so no report: fill in everything first (the left side shows what is still missing).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="39"/>
        <source>Rapport opslaan als PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="39"/>
        <source>rapport.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="40"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="55"/>
        <source>Rapport opgeslagen ({pages} blz.).</source>
        <translation>Report saved ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="101"/>
        <source>{hours} uur</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="227"/>
        <location filename="../../src/werktloont/ui/scenarios.py" line="248"/>
        <source>zonder baan</source>
        <translation>without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="293"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="294"/>
        <source>bijvoorbeeld: 32 uur, auto verkocht</source>
        <translation>for example: 32 hours, car sold</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="295"/>
        <source>Naam van het scenario</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="296"/>
        <source>Bewaar als scenario</source>
        <translation>Keep as scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="297"/>
        <source>Verwijder gekozen scenario</source>
        <translation>Remove selected scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="298"/>
        <source>Zet gekozen scenario terug in de invoer</source>
        <translation>Load selected scenario into the inputs</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="299"/>
        <source>Bewaar tot {n} varianten om ze naast elkaar te zien. Bedragen van de eerste maand van de baan; onderaan wat de baan per maand oplevert.</source>
        <translation>Keep up to {n} variants to see them side by side. Amounts of the first month of the job; at the bottom what the job brings a month.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="207"/>
        <source>Verschil met het eerste scenario</source>
        <translation>Difference with the first scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="302"/>
        <source>Scenario&apos;s naast elkaar</source>
        <translation>Scenarios side by side</translation>
    </message>
</context>
<context>
    <name>SolverPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="68"/>
        <source>Hoeveel uur of welk uurloon is nodig voor minstens dit bedrag per maand erbij?</source>
        <translation>How many hours or which hourly wage are needed for at least this much more a month?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="70"/>
        <source>Gewenst bedrag per maand erbij</source>
        <translation>Wanted extra amount per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="73"/>
        <source>blijvend</source>
        <translation>for good</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="73"/>
        <source>tijdens het contract</source>
        <translation>during the contract</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="74"/>
        <source>eerste maand</source>
        <translation>first month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="75"/>
        <source>Blijvend of in de eerste maand</source>
        <translation>For good or in the first month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="76"/>
        <source>Bereken</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="77"/>
        <source>Bereken uren en uurloon</source>
        <translation>Calculate hours and hourly wage</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="56"/>
        <source>Vul de gegevens links in.</source>
        <translation>Fill in the details on the left.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="101"/>
        <source>Nog geen uitkomst: de invoer klopt niet.</source>
        <translation>No result yet: the input is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="111"/>
        <source>Nog geen uitkomst: vul eerst alles in.</source>
        <translation>No result yet: fill in everything first.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="112"/>
        <source>Nog niet ingevuld of beantwoord:</source>
        <translation>Not filled in or answered yet:</translation>
    </message>
</context>
</TS>
