<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlumnusHtml</name>
    <message numerus="yes">
        <source>boomerang (%n stints)</source>
        <translation>
            <numerusform>boomerang (%n stint)</numerusform>
            <numerusform>boomerang (%n stints)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (rehired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the demo roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database, or upgrade it to this version&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous version was copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alumnidesk-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster database (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 some input was rejected; 2 usage error; 3 file or database failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alumnidesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a realistic generated roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --rows N (the number of alumni to generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date after 1995 written as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new database file with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln alumni (seed %1) in %2 s.</source>
        <translation>
            <numerusform>Generated %Ln alumnus (seed %1) in %2 s.</numerusform>
            <numerusform>Generated %Ln alumni (seed %1) in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boomerangs (more than one stint): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: inserting %1 s (records generated alongside in %2 s), indexes %3 s, search index %4 s, commit %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find alumni by name, kana, romaji, e-mail, employee ID, employer or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 alumni matching “%3”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsletter %1, events %2, job offers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misconduct %1, do not rehire %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one alumnus with every stint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one EMPLOYEE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count alumni, boomerangs, departure types, statuses and years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed.</source>
        <translation>
            <numerusform>… and %n more not listed.</numerusform>
            <numerusform>… and %n more not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>export the roster (or the people a search finds) as CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export encoding “%1”: use utf-8-bom, utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one column key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows (%3 people), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n value(s) cannot be written in %1.</source>
        <translation>
            <numerusform>Nothing was written: %n value cannot be written in %1.</numerusform>
            <numerusform>Nothing was written: %n values cannot be written in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import an HR system&apos;s CSV export (new people, changes, boomerangs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list past imports: file, hash, counts, who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the most recent import that is not undone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last import can be rolled back: write “rollback-import last”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 rolled back: %2 people removed, %3 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with: alumnidesk-cli --db &quot;%1&quot; init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade it first with: alumnidesk-cli --db &quot;%1&quot; init (a backup copy is made beside it), or open it in AlumniDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, show, stats, export, imports and kpi (but not kpi set-hires) only read: they need an existing roster of this version and never change the file; init creates or upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2 (previous: %3 – %4), data as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period: %1; change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi set-hires needs a year and a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of hires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-career hires for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every KPI with its definition, period and value; enter mid-career hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kpi argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%2) before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown departure type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is a usual header for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a roster field: kept as the custom attribute “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen in the mapping profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the employee ID; every row needs one to be matched with the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped from more than one column: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is mapped both as one column and as family and given name; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%n byte(s) that are not %1 text (%2); the value shows � in their place.</source>
        <translation>
            <numerusform>%n byte that is not %1 text (%2); the value shows � in its place.</numerusform>
            <numerusform>%n bytes that are not %1 text (%2); the value shows � in their place.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quote mark inside a value that does not start with one; it was kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of this value; it was added to the value. Inside quotes, a quote mark is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value that starts here has no closing quote; everything up to the end of the file was read into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this record are not listed.</source>
        <translation>
            <numerusform>%n more problem in this record is not listed.</numerusform>
            <numerusform>%n more problems in this record are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This record is longer than %n character(s), so reading stopped here. Most likely a closing quote is missing.</source>
        <translation>
            <numerusform>This record is longer than %n character, so reading stopped here. Most likely a closing quote is missing.</numerusform>
            <numerusform>This record is longer than %n characters, so reading stopped here. Most likely a closing quote is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote mark or a line break cannot separate values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Qt cannot decode %1: it lacks the ICU converter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>“%1” (%2) cannot be written in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not an AlumniDesk database: it is not an SQLite file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not an AlumniDesk one. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of AlumniDesk (database schema %2; this version understands up to %3). Install the newer AlumniDesk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading, a backup copy could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist or holds no AlumniDesk roster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older version of AlumniDesk (database schema %2; this version uses %3) and must be upgraded before it can be read. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only (its permissions, or a read-only drive or share): AlumniDesk needs to write to the roster. Copy it to a folder of your own or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be switched to WAL mode (it stays in “%2” mode): the folder must allow AlumniDesk to create files beside it, and no other program may hold the file open in another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use by another program, which keeps it locked. Close that program (or wait until it has finished) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this statement belonged to has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: %2/%3 has no day %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: the era is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: era years start at 1 (元年).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: it is outside the %2 era (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: expected a form such as 2024-04-01, 2024/4/1, 2024年4月1日 or 令和6年4月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a year and a month but no day: enter the whole date, such as 2024年4月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimiterDetector</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comma, tab or semicolon outside quotes in the first lines: the file is read as one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 divides %2 of the first %n line(s) into the same number of values (%3).</source>
        <translation>
            <numerusform>The %1 divides %2 of the first %n line into the same number of values (%3).</numerusform>
            <numerusform>The %1 divides %2 of the first %n lines into the same number of values (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of rows must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo roster needs a date after 1995 as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The roster already holds %Ln alumni. Demo data is only generated into an empty roster.</source>
        <translation>
            <numerusform>The roster already holds %Ln alumnus. Demo data is only generated into an empty roster.</numerusform>
            <numerusform>The roster already holds %Ln alumni. Demo data is only generated into an empty roster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRosterTask</name>
    <message>
        <source>Creating a demo roster of %1 alumni…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 little-endian byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 big-endian byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 little-endian text without a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 big-endian text without a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only ASCII characters, which read the same in every supported encoding; read as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n KB hold only ASCII characters, which read the same in every supported encoding; read as UTF-8.</source>
        <translation>
            <numerusform>The first %n KB holds only ASCII characters, which read the same in every supported encoding; read as UTF-8.</numerusform>
            <numerusform>The first %n KB hold only ASCII characters, which read the same in every supported encoding; read as UTF-8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes are valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes decode as CP932 (Shift_JIS) without errors, and not as UTF-8 or EUC-JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes decode as EUC-JP without errors, and not as UTF-8 or CP932 (Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes decode both as CP932 (Shift_JIS) and as EUC-JP; %1 gives more ordinary Japanese text (kana and kanji).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No supported encoding decodes these bytes without errors; %1 has the fewest undecodable sequences (%n).</source>
        <translation>
            <numerusform>No supported encoding decodes these bytes without errors; %1 has the fewest undecodable sequences (%n).</numerusform>
            <numerusform>No supported encoding decodes these bytes without errors; %1 has the fewest undecodable sequences (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExecutor</name>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (family and given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (family and given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: job offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only: misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only: do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only: note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>AlumniDesk errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line of “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of “%1” cannot be imported as they are mapped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person the import wrote has been deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be rolled back: people it wrote have been changed since. Undo those changes first or edit the records by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import history could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Employee ID %1 with the hire date %2 already appears on line %3: the same employment twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Alumni contacted in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni who have not withdrawn (department and departure type of the latest stint), and of them the share whose last contact date lies in the twelve months up to the as-of date. The roster keeps only the latest contact, so this is a snapshot at the as-of date with no previous period; the bars group everyone by the time since their last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 12 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 2 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 2 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI “%1” has no figure “%2” to show the people behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a departure date in the period (from its first to its last day, both included), filtered by the department and departure type of that departure. A person who left twice in the period counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers by departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a departure date in the period, by the departure type of that departure (voluntary, company-initiated, retirement, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a departure date in the period, by the departure reason HR recorded for that departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts by departure year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each of the ten departure years up to the end of the period: the people who left that year (department and departure type of that departure), how many of them are registered today (Registered, Active or Dormant) and their share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni whose membership status is Registered, Active or Dormant today (not Invited, not Withdrawn) and whose first departure was on or before the last day of the period. The roster keeps no date of registration, so the value at an earlier date counts today&apos;s members who had left by then. Department and departure type are those of the latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registered alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni registered today (Registered, Active or Dormant) whose first departure falls in the period: the growth of the registered alumni, counted by the month people left. Department and departure type are those of the latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of leavers who registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left in the period (by departure date; department and departure type of that departure), and of them the share whose membership status is Registered, Active or Dormant today. A person who left twice in the period counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni whose first departure was on or before the last day of the period, by their membership status today (Invited, Registered, Active, Dormant, Withdrawn). Department and departure type are those of the latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-career hires could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-career hires for %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boomerang share of mid-career hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People rehired in the period (see Rehires) divided by the mid-career hires HR entered for the months of the period (alumnidesk-cli kpi set-hires), in percent. Mid-career hires are entered for the whole company: with a department or departure-type filter only the rehires are filtered. A yearly figure counts only for a period that covers the whole year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mid-career hires were entered for %1; enter them with alumnidesk-cli kpi set-hires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-career hires entered for the period are zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from departure to rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each rehire in the period (see Rehires): the time from the departure before it to the rehire&apos;s hire date, in months of 30.44 days. The value is the median over the rehires; the bars group them by years away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 years or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People rehired in the period: a stint whose hire date falls in the period and is after the departure date of the person&apos;s previous stint (a boomerang). The rehire date is that hire date; department and departure type are those of the departure the person returned from. A person rehired twice in the period counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire rate of leavers by departure year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each of the ten departure years up to the end of the period: the people who left that year (department and departure type of that departure), how many of them were hired again after that departure by the end of the period, and their share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second departure within 12 months of rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People rehired in the period at least twelve months before the as-of date (so that a whole year can be seen), and of them the share who left again less than twelve months after the rehire date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The mapping profiles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping profile “%1”. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile “%1” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordInterpreter</name>
    <message>
        <source>(column %1 without header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2; the extra value is kept as the custom attribute “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2; the missing ones are read as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee ID is missing; the row cannot be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading may contain only kana (e.g. ヤマダ タロウ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.co.jp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese numbers start with 0: Excel may have dropped the leading zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown employment type; map it to one of the roster&apos;s types in the import&apos;s value mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown departure type; map it to one of the roster&apos;s types in the import&apos;s value mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure date is before the hire date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A departure type is given but the departure date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hire date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected yes or no (1/0, はい/いいえ, ○/×).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown membership status (expected invited, registered, active, dormant or withdrawn, in English or Japanese).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>The record was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alumnus with row id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure years could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster statistics could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID “%1” already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deleted record can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a bulk load was not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The roster already holds %Ln alumni; this needs an empty roster.</source>
        <translation>
            <numerusform>The roster already holds %Ln alumnus; this needs an empty roster.</numerusform>
            <numerusform>The roster already holds %Ln alumni; this needs an empty roster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster&apos;s indexes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. Nothing was saved, so that their change is not overwritten: open the record again and redo your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it. Nothing was saved, so that their change is not overwritten: open the record again and redo your edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterColumn</name>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>The custom attribute “%1” has a name an import reads as the roster field %2; importing this file would not give it back as an attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are roster field keys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or custom attributes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile “%1” has no column for these, so they were left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile “%1” maps none of the chosen columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 characters; Excel shows at most 32,767 in a cell and cuts the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 line breaks; Excel keeps at most 253 in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP932 (Shift_JIS) has no “%1” (%2). Export as UTF-8 instead, or change the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 data rows; Excel opens at most %2 (and the header) and leaves out the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (employee ID %2), column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom attributes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>No roster is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Employee ID is missing. Every alumnus needs the ID the HR system gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is missing. Enter at least the family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading (フリガナ) may contain only kana, for example ヤマダ タロウ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.co.jp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown membership status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: the hire date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: the departure %2 is before the hire %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: the hire date %2 is before the person&apos;s 14th birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: only the most recent employment may be without a departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: rehired on %2, but the previous employment ended on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: unknown employment type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: unknown departure type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: a departure type is set but the departure date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is before %2: check the year (and the era, if it was written as one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: the hire date %2 is more than a year ahead (after %3): check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: the departure date %2 is more than a year ahead (after %3): check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::AlumnusDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>katakana, e.g. ヤマダ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>katakana, e.g. タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per period of employment. A boomerang who left twice has two rows. Leave the departure date empty for someone who is back and still employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. Python, 法人営業, 簿記2級</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who keeps in touch (アルムナイ窓口)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter (メールマガジン)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job offers (rehire contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HR officers may see these fields. Recruiters and managers must never be shown them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconduct recorded at departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::DateLineEdit</name>
    <message>
        <source>e.g. 2024/04/01 or 令和6年4月1日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::DetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alumnus to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, kana, romaji, e-mail, employee ID, employer, skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FirstRunDialog</name>
    <message>
        <source>Explore with a &amp;demo roster of about %1 invented alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a roster file that already exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to AlumniDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlumniDesk keeps your alumni roster in a file on this computer; nothing is sent anywhere. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo people, companies and addresses are invented. You can start a real roster later with File &gt; New Roster File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster will be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportActions</name>
    <message>
        <source>&amp;Import from HR System…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update alumni from a CSV file exported by your HR system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See past imports and roll back the last one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportChangeModel</name>
    <message>
        <source>%1 (custom attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportCheckPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run: this is what the import would do. Nothing has been written to the roster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Press Check Again to start it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</source>
        <translation>
            <numerusform>Ready: %n row read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</numerusform>
            <numerusform>Ready: %n rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with errors are left out: save them, correct them and import that file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: every row has an error. Save the rejected rows, correct them and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the roster already holds everything in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the rows without errors are already in the roster, and the others have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check to save rows from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some departure or employment types in the file are not roster terms: choose what they stand for, then the file is checked again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file your HR system exported (SmartHR, freee, Yayoi, Workday, SAP, or a sheet saved from Excel). Nothing is written to the roster until you confirm the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a CSV, TSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any encoding HR systems write is read: UTF-8 (with or without BOM), UTF-16, CP932 (Shift_JIS, as Excel saves it) and EUC-JP. Commas, tabs and semicolons are recognised. The next step shows what was detected and lets you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an HR Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportFormatPage</name>
    <message>
        <source>Check the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how AlumniDesk reads the file. If the preview shows garbled characters or everything in one column, choose another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose %1. Detected: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of “%1”: all %n rows.</source>
        <translation>
            <numerusform>Preview of “%1”: its only row.</numerusform>
            <numerusform>Preview of “%1”: all %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of “%1”: the first %n rows.</source>
        <translation>
            <numerusform>Preview of “%1”: the first row.</numerusform>
            <numerusform>Preview of “%1”: the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading problems in these rows (marked cells):</source>
        <translation>
            <numerusform>%n reading problem in these rows (marked cell):</numerusform>
            <numerusform>%n reading problems in these rows (marked cells):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportHistoryDialog</name>
    <message>
        <source>&amp;Roll Back Last Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import into this roster, newest first. The most recent import that still stands can be rolled back: the people it added are removed and the people it changed get their previous record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping profile: %1
SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file has been imported into this roster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the import of “%1” from %2?

The %3 people it added will be removed and the %4 people it updated get their previous record back. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1 people removed, %2 people restored to their previous record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error: the row is rejected and not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning: the row is imported; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster field each column fills. AlumniDesk matched the headers it knows; columns it does not know are kept as custom attributes. Save the mapping as a profile to reuse it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column number in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile (for example the HR system it is for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile “%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping profile “%1”? Imports that use it from the command line will need another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which roster term each departure type and employment type in the file stands for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportNewPeopleModel</name>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportRunPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is updated in one step: until it is complete, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the roster is exactly as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the roster is exactly as it was before.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people: %1 · Updated: %2 · Already up to date: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation>
            <numerusform>%n row with errors was left out.</numerusform>
            <numerusform>%n rows with errors were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>To undo this import, use File &gt; Import History.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportWizard</name>
    <message>
        <source>Import from HR System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiDashboard</name>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alumni behind the figure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiTile</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiWindow</name>
    <message>
        <source>KPI Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a figure to see the people behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alumni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MainWindow</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Roster File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Roster File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Alumnus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Alumnus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Alumnus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AlumniDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was upgraded; the previous version was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Roster File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alumni.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlumniDesk roster (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Roster File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlumniDesk roster (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alumni</source>
        <translation>
            <numerusform>%Ln alumnus</numerusform>
            <numerusform>%Ln alumni</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (employee ID %2) with all employment history?

You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AlumniDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlumniDesk %1&lt;/h3&gt;&lt;p&gt;The alumni roster, rehire pipeline and KPIs for HR teams: offline, fast, and at home with Japanese HR data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language / 言語</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when AlumniDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart AlumniDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart AlumniDesk now to switch the language?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RosterTableModel</name>
    <message numerus="yes">
        <source>Boomerang: employed %n times</source>
        <translation>
            <numerusform>Boomerang: employed %n time</numerusform>
            <numerusform>Boomerang: employed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RosterView</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StintTableModel</name>
    <message>
        <source>(employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ValueMappingDialog</name>
    <message>
        <source>Map Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster term each value in the file stands for. Values AlumniDesk recognises are chosen already; rows with a value left unmapped are rejected. Save the mapping as a profile to keep these choices for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped: reject the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as departure type or employment type, so there is nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value has a roster term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) have no roster term yet: the rows with them will be rejected.</source>
        <translation>
            <numerusform>%n value has no roster term yet: the rows with it will be rejected.</numerusform>
            <numerusform>%n values have no roster term yet: the rows with them will be rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AlumniDesk: the corporate alumni roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster file to open (same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
