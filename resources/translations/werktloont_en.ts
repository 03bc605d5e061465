<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="40"/>
        <source>Nog geen uitkomst: controleer de invoer.</source>
        <translation>No result yet: check the input.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="47"/>
        <source>Wat de klant moet regelen bij deze baan</source>
        <translation>What the client must arrange for this job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="49"/>
        <source>De stappen met data worden berekend…</source>
        <translation>The steps with their dates are being computed…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="53"/>
        <source>Het vermogen ({counted}) is hoger dan de grens ({limit}): nu geen bijstand, ook zonder baan.</source>
        <translation>The assets ({counted}) are above the limit ({limit}): no bijstand now, also without the job.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="60"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="64"/>
        <source>De auto: houden, verkopen of nodig voor werk</source>
        <translation>The car: keep it, sell it, or needed for work</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="67"/>
        <source>{label}: vermogen nu {counted} (grens {limit}); maanden zonder bijstand: {job} met baan, {stay} zonder baan; bijstand die vervalt: {lost}.</source>
        <translation>{label}: assets now {counted} (limit {limit}); months without bijstand: {job} with the job, {stay} without; bijstand lost: {lost}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="78"/>
        <source>Goed om te weten</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="80"/>
        <source>Zonder baanaanbod is er niets te regelen.</source>
        <translation>Without a job offer there is nothing to arrange.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="88"/>
        <source>Maanden</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="88"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="88"/>
        <source>Te besteden per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="88"/>
        <source>Totaal erbij</source>
        <translation>Total gain</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="98"/>
        <source>toeslagen: {amount} {what}</source>
        <translation>toeslagen: {amount} {what}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="99"/>
        <source>erbij</source>
        <translation>paid to you</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="99"/>
        <source>terugbetalen</source>
        <translation>to pay back</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="102"/>
        <source>Maand voor maand</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/actions.py" line="106"/>
        <source>Data om op te letten</source>
        <translation>Dates to watch</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../src/werktloont/ui/state.py" line="137"/>
        <source>De grafiek Uurloon stopt bij {wage} per uur: bij een hoger loon is de waarde &apos;{parameter}&apos; niet bekend op {on}. De bedragen per maand hierboven zijn compleet.</source>
        <translation>The Hourly wage chart stops at {wage} an hour: at a higher wage the value &apos;{parameter}&apos; is not known on {on}. The amounts per month above are complete.</translation>
    </message>
</context>
<context>
    <name>AssetInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="120"/>
        <source>Deel van de autowaarde dat de gemeente vrijlaat</source>
        <translation>Part of the car&apos;s value the municipality leaves free</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="121"/>
        <source>Maand van de verandering</source>
        <translation>Month of the change</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="122"/>
        <source>Wat kwam erbij</source>
        <translation>What was added</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="123"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="128"/>
        <source>Leeg: de gemeente beslist welk deel van een auto die nodig is vrij blijft. Zonder bedrag telt de hele auto mee (of het bedrag van de gemeente, als de rekenhulp dat kent).</source>
        <translation>Empty: the municipality decides which part of a needed car is left free. Without an amount the whole car counts (or the municipality&apos;s amount, if the calculator knows it).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="131"/>
        <source>een auto (op naam gezet)</source>
        <translation>a car (put in his or her name)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="132"/>
        <source>een gift</source>
        <translation>a gift</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="133"/>
        <source>een erfenis</source>
        <translation>an inheritance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="134"/>
        <source>spaargeld</source>
        <translation>savings</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="135"/>
        <source>iets anders</source>
        <translation>something else</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="138"/>
        <source>Tijdens de bijstand kwam er vermogen bij</source>
        <translation>Assets were added during bijstand</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="139"/>
        <source>Meteen gemeld bij de gemeente</source>
        <translation>Reported to the municipality at once</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="140"/>
        <source>De gemeente ontdekte het in</source>
        <translation>The municipality found out in</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_assets.py" line="143"/>
        <source>Maand waarin de gemeente het ontdekte</source>
        <translation>Month in which the municipality found out</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="184"/>
        <source>Zonder baan</source>
        <translation>Without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="184"/>
        <source>Met baan
1e maand</source>
        <translation>With job
month 1</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="185"/>
        <source>Verschil
1e maand</source>
        <translation>Difference
month 1</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/breakdown.py" line="186"/>
        <source>Overzicht per onderdeel, in de eerste maand van de baan</source>
        <translation>Overview per part, in the first month of the job</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="83"/>
        <source>voorbeeldcasus</source>
        <translation>example case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="84"/>
        <source>nieuwe casus</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="102"/>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="102"/>
        <location filename="../../src/werktloont/ui/casefiles.py" line="169"/>
        <source>Casus (*.json)</source>
        <translation>Case (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="138"/>
        <source>Er stond geen baanaanbod in de casus; het venster rekent met een baan van {hours} uur per week.</source>
        <translation>The case had no job offer; the window computes with a job of {hours} hours a week.</translation>
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
        <location filename="../../src/werktloont/ui/casefiles.py" line="221"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="222"/>
        <source>De casus is veranderd. Wilt u de wijzigingen opslaan?</source>
        <translation>The case has changed. Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="233"/>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="234"/>
        <source>{name} is alleen-lezen. Wilt u het toch overschrijven?</source>
        <translation>{name} is read-only. Do you want to overwrite it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="242"/>
        <source>Bestand is veranderd</source>
        <translation>File has changed</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="243"/>
        <source>{name} is opnieuw opgeslagen sinds u het opende, in een ander venster of door een ander programma. Als u nu opslaat, gaat dat werk verloren.</source>
        <translation>{name} was saved again since you opened it, in another window or by another program. If you save now, that work is lost.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="245"/>
        <source>Toch overschrijven</source>
        <translation>Overwrite anyway</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/casefiles.py" line="246"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="230"/>
        <source>Blijvend</source>
        <translation>For good</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="231"/>
        <source>Eerste maand</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="232"/>
        <source>Welke maand de grafiek laat zien</source>
        <translation>Which month the chart shows</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="233"/>
        <source>Blijvend: als de tijdelijke inkomstenvrijlating voorbij is. Eerste maand: de eerste maand van de baan, met de vrijlating.</source>
        <translation>For good: once the temporary earnings disregard has ended. First month: the first month of the job, with the disregard.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="235"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="235"/>
        <source>Uurloon</source>
        <translation>Hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="235"/>
        <source>Marginale druk</source>
        <translation>Marginal effective tax rate</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="236"/>
        <source>Per maand</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="236"/>
        <source>Vermogen</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="240"/>
        <source>Grafiek wordt geladen…</source>
        <translation>Loading chart…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="242"/>
        <source>Het overzicht per maand is nog niet beschikbaar in deze versie. Het komt hier zodra de rekenkern het verloop per maand (met de eindafrekening van de toeslagen) berekent.</source>
        <translation>The month-by-month view is not available in this version yet. It will appear here as soon as the engine computes the months (including the year-end settlement of the allowances).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="247"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="247"/>
        <source>Bruto uurloon</source>
        <translation>Gross hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="248"/>
        <source>Te besteden per maand bij meer of minder uren</source>
        <translation>Disposable income per month with more or fewer hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="249"/>
        <source>Te besteden per maand bij een hoger of lager uurloon</source>
        <translation>Disposable income per month with a higher or lower hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="250"/>
        <source>Marginale druk: wat u van elke extra verdiende euro kwijtraakt</source>
        <translation>Marginal effective tax rate: what you lose of each extra euro earned</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="251"/>
        <source>Per maand vanaf de start van de baan</source>
        <translation>Month by month from the start of the job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="252"/>
        <source>Vermogen en de vermogensgrens van de bijstand</source>
        <translation>Assets and the bijstand asset limit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="253"/>
        <source>Te besteden met baan</source>
        <translation>Disposable with job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="253"/>
        <source>Te besteden zonder baan</source>
        <translation>Disposable without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="254"/>
        <source>{x} uur</source>
        <translation>{x} h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="254"/>
        <source>{x} per uur</source>
        <translation>{x} an hour</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="255"/>
        <source>armoedeval</source>
        <translation>cliff</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="255"/>
        <source>plateau</source>
        <translation>plateau</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="256"/>
        <source>100 %: u houdt niets over</source>
        <translation>100 %: you keep nothing</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="257"/>
        <source>Opgeteld verschil met zonder baan</source>
        <translation>Cumulative difference with no job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="258"/>
        <source>Te besteden als u in de bijstand blijft</source>
        <translation>Disposable if you stay on bijstand</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="259"/>
        <source>Eindafrekening toeslagen</source>
        <translation>Allowance settlement</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="260"/>
        <source>Meegeteld vermogen</source>
        <translation>Counted assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="260"/>
        <source>Vermogensgrens</source>
        <translation>Asset limit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="268"/>
        <source> (blijvend, na de tijdelijke vrijlating)</source>
        <translation> (for good, after the temporary disregard)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/charts.py" line="269"/>
        <source> (eerste maand van de baan)</source>
        <translation> (first month of the job)</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="56"/>
        <source>Kind {n}</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="57"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="57"/>
        <source>Opvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="58"/>
        <source>Uren opvang per maand</source>
        <translation>Childcare hours per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="59"/>
        <source>Uurprijs opvang</source>
        <translation>Childcare price per hour</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="62"/>
        <source>{what} kind {n}</source>
        <translation>{what}, child {n}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="63"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="63"/>
        <source>dagopvang</source>
        <translation>day care</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="63"/>
        <source>buitenschoolse opvang (bso)</source>
        <translation>out-of-school care (bso)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_children.py" line="64"/>
        <source>gastouder</source>
        <translation>childminder (gastouder)</translation>
    </message>
</context>
<context>
    <name>DebtInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="119"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="120"/>
        <source>beslag op het inkomen</source>
        <translation>garnishment of income</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="121"/>
        <source>minnelijke schuldregeling (MSNP)</source>
        <translation>voluntary debt arrangement (MSNP)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="122"/>
        <source>wettelijke schuldsanering (WSNP)</source>
        <translation>statutory debt restructuring (WSNP)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="127"/>
        <source>Beslag of schuldregeling: {kind}</source>
        <translation>Garnishment or debt arrangement: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="133"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="134"/>
        <source>Vordering per maand</source>
        <translation>Claim per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="135"/>
        <source>Schuld van</source>
        <translation>Debt of</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="142"/>
        <source>klant</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="142"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="143"/>
        <source>beiden</source>
        <translation>both</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="145"/>
        <source>Van wie is de schuld? Alleen het eigen inkomen van die persoon valt onder het beslag; het inkomen van de partner maakt de beslagvrije voet lager (art. 475db Rv).</source>
        <translation>Whose debt is it? Only that person&apos;s own income is garnished; the partner&apos;s income lowers the protected amount (art. 475db Rv).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="148"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="149"/>
        <source>Vordering onbekend: alles boven de beslagvrije voet (of het vrij te laten bedrag) gaat naar de schuldeisers. Dit gaat niet over de schulden bij Vermogen: die tellen voor de vermogensgrens.</source>
        <translation>Claim unknown: everything above the protected amount (beslagvrije voet or the amount left free) goes to the creditors. This is not about the debts under Assets: those count for the asset limit.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_debts.py" line="153"/>
        <source>Beslag, een minnelijke schuldregeling of de WSNP: wat de baan betekent voor wat u overhoudt en voor uw schuld.</source>
        <translation>Garnishment, a voluntary debt arrangement or the WSNP: what the job means for what you keep and for your debt.</translation>
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
        <location filename="../../src/werktloont/ui/explanation.py" line="70"/>
        <source>Waarom? Uitleg bij het gekozen onderdeel</source>
        <translation>Why? Explanation of the chosen component</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="67"/>
        <location filename="../../src/werktloont/ui/explanation.py" line="75"/>
        <location filename="../../src/werktloont/ui/explanation.py" line="79"/>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="76"/>
        <source>Klik op een regel in het overzicht om te zien hoe dat bedrag is berekend.</source>
        <translation>Click a row in the breakdown to see how that amount was calculated.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="92"/>
        <source>Te besteden is het nettoloon plus de bijstand, de toeslagen en de gemeentelijke regelingen, min de kosten van kinderopvang en de reiskosten. De huur is niet afgetrokken: die is met en zonder baan hetzelfde.</source>
        <translation>Disposable income is the net wage plus bijstand, the allowances and municipal schemes, minus childcare and travel costs. Rent is not deducted: it is the same with and without the job.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="98"/>
        <source>Met baan</source>
        <translation>With job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="98"/>
        <source>Zonder baan</source>
        <translation>Without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="107"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="107"/>
        <source>Gebruikte waarden</source>
        <translation>Values used</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="107"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/explanation.py" line="115"/>
        <source>sinds {date}</source>
        <translation>since {date}</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="14"/>
        <source>Zoeken in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="15"/>
        <source>Bestandstype:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/dialogs.py" line="16"/>
        <source>Bestandsnaam:</source>
        <translation>File name:</translation>
    </message>
</context>
<context>
    <name>IncomeInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="172"/>
        <source> bruto</source>
        <translation> gross</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="173"/>
        <source> netto</source>
        <translation> net</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="188"/>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="207"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="189"/>
        <source>partneralimentatie</source>
        <translation>partner alimony</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="190"/>
        <source>kinderalimentatie</source>
        <translation>child maintenance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="191"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="198"/>
        <source>baan {hours} uur</source>
        <translation>job {hours} h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="206"/>
        <source>nog {n} uit het bestand</source>
        <translation>{n} more from the file</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="211"/>
        <source>Eigen inkomen klant (baan, uitkering): {summary}</source>
        <translation>Client&apos;s own income (job, benefit): {summary}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="220"/>
        <source>{who}: uren huidige baan</source>
        <translation>{who}: hours current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="221"/>
        <source>{who}: uren per week in huidige baan</source>
        <translation>{who}: hours per week in current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="222"/>
        <source>{who}: bruto uurloon</source>
        <translation>{who}: gross hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="223"/>
        <source>{who}: bruto uurloon huidige baan</source>
        <translation>{who}: gross hourly wage of current job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="224"/>
        <source>{who}: baan sinds</source>
        <translation>{who}: job since</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="225"/>
        <source>{who}: huidige baan begonnen in (maand)</source>
        <translation>{who}: current job began in (month)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="226"/>
        <source>{who}: ander inkomen</source>
        <translation>{who}: other income</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="227"/>
        <source>{who}: ander inkomen (soort)</source>
        <translation>{who}: other income (kind)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="228"/>
        <source>{who}: bedrag per maand</source>
        <translation>{who}: amount per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="229"/>
        <source>{who}: ander inkomen per maand</source>
        <translation>{who}: other income per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="236"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="237"/>
        <source>Sinds wanneer deze baan loopt: de vrijlating (6 maanden) telt vanaf dan. Onbekend: gerekend alsof de baan deze maand begon.</source>
        <translation>Since when this job has run: the earnings disregard (6 months) counts from then. Unknown: calculated as if the job began this month.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="246"/>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_income.py" line="248"/>
        <source>Inkomen dat de klant nu al heeft naast de bijstand: een baan, een uitkering of partneralimentatie. Het baanaanbod hieronder komt daar bij.</source>
        <translation>Income the client already has next to bijstand: a job, a benefit or partner alimony. The job offer below comes on top of it.</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="189"/>
        <location filename="../../src/werktloont/ui/inputs.py" line="314"/>
        <source>geen (alleen landelijke regels)</source>
        <translation>none (national rules only)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="256"/>
        <source>Wettelijk minimumloon bij {age} jaar: {amount} per uur.</source>
        <translation>Legal minimum wage at age {age}: {amount} an hour.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="259"/>
        <source>Let op: dit uurloon is lager dan het wettelijk minimumloon.</source>
        <translation>Note: this hourly wage is below the legal minimum wage.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="268"/>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="268"/>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="268"/>
        <source>Vermogen</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="270"/>
        <source>Baanaanbod</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="270"/>
        <source>Periode en gemeente</source>
        <translation>Period and municipality</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="271"/>
        <source>Gesprek (niet verplicht)</source>
        <translation>Conversation (optional)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="275"/>
        <source>Leeftijd klant</source>
        <translation>Client&apos;s age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="276"/>
        <source>Leeftijd partner</source>
        <translation>Partner&apos;s age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="277"/>
        <source>Aantal kinderen</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="278"/>
        <source>Kostendelers (medebewoners van 27 jaar of ouder)</source>
        <translation>Cost sharers (housemates aged 27 or over)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="279"/>
        <source>Kale huur per maand</source>
        <translation>Base rent per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="280"/>
        <source>Servicekosten per maand</source>
        <translation>Service charges per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="281"/>
        <source>Spaargeld en banksaldo</source>
        <translation>Savings and bank balance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="282"/>
        <source>Waarde auto</source>
        <translation>Car value</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="283"/>
        <source>Ander vermogen</source>
        <translation>Other assets</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="269"/>
        <location filename="../../src/werktloont/ui/inputs.py" line="284"/>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="285"/>
        <source>Bruto uurloon</source>
        <translation>Gross hourly wage</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="286"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="287"/>
        <source>Contractduur in maanden</source>
        <translation>Contract length in months</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="288"/>
        <source>Eerste maand van de baan</source>
        <translation>First month of the job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="289"/>
        <source>Reiskosten per maand (eigen deel)</source>
        <translation>Travel costs per month (own share)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="290"/>
        <source>Rekendatum (normen van)</source>
        <translation>Calculation date (rules of)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="291"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="292"/>
        <source>Naam of initialen klant</source>
        <translation>Client&apos;s name or initials</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="293"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="301"/>
        <source> uur</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="302"/>
        <source> mnd</source>
        <translation> mo</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="303"/>
        <source>Heeft een partner</source>
        <translation>Has a partner</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="303"/>
        <source>Partner werkt</source>
        <translation>Partner works</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="304"/>
        <source>Auto is nodig voor werk of handicap</source>
        <translation>Car is needed for work or disability</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="305"/>
        <source>Wettelijk minimumloon voor deze leeftijd</source>
        <translation>Legal minimum wage for this age</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="306"/>
        <source>Vast contract (geen einddatum)</source>
        <translation>Permanent contract (no end date)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs.py" line="311"/>
        <source>Parameterpakket {version}: normen van {first} tot en met {last}.</source>
        <translation>Parameter pack {version}: rules from {first} to {last}.</translation>
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
        <location filename="../../src/werktloont/ui/main_window.py" line="280"/>
        <source>Controleer de invoer: {message}</source>
        <translation>Please check the input: {message}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="287"/>
        <source>Er ging iets onverwachts mis. Uw invoer staat er nog; probeer het opnieuw. Blijft het gebeuren, meld het dan aan de beheerder (zonder gegevens van de klant).</source>
        <translation>Something unexpected went wrong. Your input is still there; please try again. If it keeps happening, tell the administrator (without client data).</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="347"/>
        <source>Over werktloont</source>
        <translation>About werktloont</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="327"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="330"/>
        <source>Lijst wissen</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="333"/>
        <source>werktloont: loont werken?</source>
        <translation>werktloont: does work pay?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="339"/>
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
        <location filename="../../src/werktloont/ui/main_window.py" line="361"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="362"/>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="363"/>
        <source>Casus &amp;openen…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="371"/>
        <source>Afs&amp;luiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="364"/>
        <source>Re&amp;cente casussen</source>
        <translation>Re&amp;cent cases</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="365"/>
        <source>Casus op&amp;slaan</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="366"/>
        <source>Casus opslaan &amp;als…</source>
        <translation>Save case &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="367"/>
        <source>&amp;Rapport opslaan als PDF…</source>
        <translation>Save &amp;report as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="368"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="369"/>
        <source>Anoniem afdrukken (zonder naam en notitie)</source>
        <translation>Print anonymously (no name, no note)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="370"/>
        <source>&amp;Voorbeeldcasus</source>
        <translation>&amp;Example case</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="372"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="373"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="374"/>
        <source>&amp;Over werktloont</source>
        <translation>&amp;About werktloont</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="375"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="376"/>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/main_window.py" line="377"/>
        <source>Te regelen</source>
        <translation>To arrange</translation>
    </message>
</context>
<context>
    <name>PartnerInputs</name>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="86"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="88"/>
        <source>Partner is verzekerd voor de zorg</source>
        <translation>Partner has health insurance</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="90"/>
        <source>Partner heeft geen recht op bijstand (bijv. student)</source>
        <translation>Partner has no right to bijstand (e.g. a student)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/inputs_partner.py" line="91"/>
        <source>Het baanaanbod is voor de partner</source>
        <translation>The job offer is for the partner</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="27"/>
        <source>Rapport opslaan als PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="27"/>
        <source>rapport.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/report_actions.py" line="43"/>
        <source>Rapport opgeslagen ({pages} blz.).</source>
        <translation>Report saved ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="99"/>
        <source>{hours} uur</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="181"/>
        <source>zonder baan</source>
        <translation>without job</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="226"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="227"/>
        <source>bijvoorbeeld: 32 uur, auto verkocht</source>
        <translation>for example: 32 hours, car sold</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="228"/>
        <source>Naam van het scenario</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="229"/>
        <source>Bewaar als scenario</source>
        <translation>Keep as scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="230"/>
        <source>Verwijder gekozen scenario</source>
        <translation>Remove selected scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="231"/>
        <source>Zet gekozen scenario terug in de invoer</source>
        <translation>Load selected scenario into the inputs</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="232"/>
        <source>Bewaar tot {n} varianten om ze naast elkaar te zien. Bedragen van de eerste maand van de baan; onderaan wat de baan per maand oplevert.</source>
        <translation>Keep up to {n} variants to see them side by side. Amounts of the first month of the job; at the bottom what the job brings a month.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="235"/>
        <source>Verschil met het eerste scenario</source>
        <translation>Difference with the first scenario</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/scenarios.py" line="237"/>
        <source>Scenario&apos;s naast elkaar</source>
        <translation>Scenarios side by side</translation>
    </message>
</context>
<context>
    <name>SolverPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="56"/>
        <source>Met dit aanbod komt u niet aan {target} per maand erbij, ook niet met meer uren of een hoger uurloon binnen wat de rekenhulp bekijkt.</source>
        <translation>With this offer you do not reach {target} a month more, not even with more hours or a higher hourly wage within the range the calculator looks at.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="61"/>
        <source>bij {wage} per uur: minstens {hours} uur per week</source>
        <translation>at {wage} an hour: at least {hours} hours a week</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="64"/>
        <source>bij {wage} per uur lukt het met geen enkel aantal uren</source>
        <translation>at {wage} an hour no number of hours is enough</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="67"/>
        <source>bij {hours} uur per week: een bruto uurloon van minstens {wage}</source>
        <translation>at {hours} hours a week: a gross hourly wage of at least {wage}</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="70"/>
        <source>bij {hours} uur per week lukt het met geen uurloon dat de rekenhulp bekijkt</source>
        <translation>at {hours} hours a week no hourly wage in the calculator&apos;s range is enough</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="73"/>
        <source>Voor minstens {target} per maand erbij in de eerste maand (met de tijdelijke vrijlating): {parts}.</source>
        <translation>For at least {target} a month more in the first month (with the temporary disregard): {parts}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="74"/>
        <location filename="../../src/werktloont/ui/solver.py" line="77"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="76"/>
        <source>Voor blijvend minstens {target} per maand erbij (ook na de tijdelijke vrijlating): {parts}.</source>
        <translation>For at least {target} a month more for good (also after the temporary disregard): {parts}.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="82"/>
        <source>Hoeveel uur of welk uurloon is nodig voor minstens dit bedrag per maand erbij?</source>
        <translation>How many hours or which hourly wage are needed for at least this much more a month?</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="84"/>
        <source>Gewenst bedrag per maand erbij</source>
        <translation>Wanted extra amount per month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="85"/>
        <source>blijvend</source>
        <translation>for good</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="86"/>
        <source>eerste maand</source>
        <translation>first month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="87"/>
        <source>Blijvend of in de eerste maand</source>
        <translation>For good or in the first month</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="88"/>
        <source>Bereken</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/solver.py" line="89"/>
        <source>Bereken uren en uurloon</source>
        <translation>Calculate hours and hourly wage</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="55"/>
        <source>Vul de gegevens links in.</source>
        <translation>Fill in the details on the left.</translation>
    </message>
    <message>
        <location filename="../../src/werktloont/ui/verdict.py" line="100"/>
        <source>Nog geen uitkomst: de invoer klopt niet.</source>
        <translation>No result yet: the input is not valid.</translation>
    </message>
</context>
</TS>
