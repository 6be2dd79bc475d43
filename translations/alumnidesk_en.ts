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
    <message>
        <source>Rehire pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
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
        <translation></translation>
    </message>
    <message>
        <source>Reading the file: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the indexes and the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count verdicts per rule set, or explain one person&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility takes no arguments; use --ruleset or --explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2025-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rule set(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n rule set to %1.</numerusform>
            <numerusform>Wrote %n rule sets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new rule set (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the eligibility rules to a file, or read them (a new version each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules needs “export FILE.json” or “import FILE.json”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank alumni for an opening, with the reasons for each score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match needs an OPENING_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches for “%1” (score out of 100: %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[in the pipeline: candidacy %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No openings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the openings, or add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown openings action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openings add needs a TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opening must be an opening ID (0 for the talent pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(talent pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline add needs an EMPLOYEE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source must be applied, outreach, referral or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opening must be an opening ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline move needs a CANDIDACY_ID and a STAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a candidacy ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidacy was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehired: a new stint was added; follow-ups are due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline undo needs a CANDIDACY_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidacy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy %1: %2 → %3 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and move rehire candidacies (see README for the options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pipeline action “%1”.</source>
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
    <message>
        <source>Time: inserting %1 s (records generated alongside in %2 s), indexes %3 s, search index %4 s, skills table %5 s, commit %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, show, stats, export, imports, kpi (but not kpi set-hires) and report only read: they need an existing roster of this version and never change the file; init creates or upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ruleset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the KPI report (cover, every KPI with its chart and definition) as an A4 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf and the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs the graphical part of Qt (fonts); alumnidesk-cli starts it for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the KPI report to “%1” (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: verdicts were stale and were re-evaluated (%2 ms for the pass; %n people evaluated).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed here: --errors OUT.csv or --json lists every one.</source>
        <translation>
            <numerusform>… and %n more problem, not listed here: --errors OUT.csv or --json lists every one.</numerusform>
            <numerusform>… and %n more problems, not listed here: --errors OUT.csv or --json lists every one.</numerusform>
        </translation>
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
    <message>
        <source>The roster&apos;s change feed could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal mode of the new file could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds an unfinished write (an import that was interrupted), kept in “%2” beside it, which must be undone before the file can be read. AlumniDesk needs write access to the file and its folder to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt in its temporary database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the search index was not rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: no temporary folder could be created in “%1”. Check that the folder exists, can be written to and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: its temporary file “%1” could not be written (%2).</source>
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
    <message>
        <source>“%1” already exists; a new demo file is never written over another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file “%1” could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished demo roster could not be named “%1” (did another program create a file there meanwhile?); nothing was written there.</source>
        <translation type="unfinished"></translation>
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
    <name>DraftProblems</name>
    <message>
        <source>Rule “%1”: a group has no conditions; add one or remove the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: NOT needs exactly one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: choose at least one value for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set needs a name in Japanese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set has no rules; add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs a name in Japanese or English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>The employment history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set version %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3 (computed: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override holds until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster list shows %1 (version %2, evaluated on %3) until the verdicts are refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no override %1 in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the facts of one rule: &quot;Tenure 0 years 10 months &lt; 1 year; Departure type: Disciplinary&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no employment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hire date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stint lacks its hire date, or more than one stint has no departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <extracomment>A value the rule needs is missing: &quot;Tenure: unknown (hire date not recorded)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <extracomment>&quot;Tenure 0 years 10 months &lt; 1 year&quot;: field, the person&apos;s value, how it compares, the rule&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates values in a list: &quot;Voluntary, Retirement&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <extracomment>&quot;Departure type: not recorded&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Departure type: Disciplinary&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give {&quot;ja&quot;: …, &quot;en&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in Japanese or English is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions are nested more than %1 deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of “all”, “any”, “not” or “field”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list ([…]) of conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used with the field %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give a number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only fields with a set of values take “values”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field takes no “value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give {&quot;years&quot;: Y, &quot;months&quot;: M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give “years”, “months” or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list ([…]) of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value of %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid key: use 1–40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list ([…]) of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id: use 1–40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another rule of this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an outcome; use “blocks” or “needs_review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give the condition the rule checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules are not valid: %n problem(s).</source>
        <translation>
            <numerusform>The rules are not valid: %n problem.</numerusform>
            <numerusform>The rules are not valid: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object with “format” and “rule_sets”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AlumniDesk rules file (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this AlumniDesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; give a list of rule sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list ([…]) of rule sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconduct flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-rehire flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job offer consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks (not eligible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of a stored rule set cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule set “%1”; the rule sets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the rule set does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>How a duration of years and months is written: &quot;3 years 2 months&quot;; in Japanese without a space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster revision could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set “%1” is built in and cannot be deleted; edit its rules instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityHtml</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override by %1 on %2 (rules say: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set version %1 of %2, as of %3</source>
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
    <message>
        <source>%1 people imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changed since it was checked: nothing was imported. Check the file again, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 when checked: %1; now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone added alumni to the roster while the import began: nothing was imported. Import the file again.</source>
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
    <message>
        <source>Cancelled.</source>
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
    <message>
        <source>The import could not be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssueList</name>
    <message>
        <source>The list of problems could not be kept in a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPhase</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the changes, person by person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the changes, person by person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the indexes and the search index…</source>
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
    <message>
        <source>Employee ID %1 already appears on line %2, whose hire date could not be read: this may be the same employment twice. Correct line %2, then import both rows again.</source>
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
    <name>ImportStaging</name>
    <message>
        <source>The file&apos;s rows could not be compared.</source>
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
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligibility KPIs cannot be computed on this kind of database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set “%1”, version %2, as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible under the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni whose verdict under the chosen rule set (Rehire unless another is chosen) is Eligible on the last day of the period, or on the as-of date when the period reaches it; an override in force on that day (set by then, not revoked by then, not expired) takes the place of the computed verdict, as in the eligibility window. Alumni are the people with a departure on or before that day; department and departure type are those of the latest stint. Each day is judged by the rule-set version in force on it (the first version for days before it was saved) applied to the records as they are today, with tenure, age and months since departure counted as of that day. The change compares with the last day of the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of alumni eligible under the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the alumni on the last day of the period (or the as-of date when the period reaches it), the share whose verdict under the chosen rule set is Eligible, overrides in force applied; the people and the verdicts are those of Eligible under the rule set. The change is in percentage points against the last day of the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacies by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacies that were in the pipeline at some time during the period (added by its last day and not closed before its first), by the stage they are in today, in the order of the stages. Stages up to Offer are open; Rehired, Declined, Not selected and On hold close a candidacy, and closed candidacies count like the others. A person in two candidacies counts twice. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each stage from Interested to Rehired, in order: the candidacies that reached it during the period (added at it or moved into it; a move that was undone does not count). A candidacy that reached a stage twice counts once; one that skipped a stage is not counted at it. The value is the candidacies that reached Rehired. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each stage of the funnel but the last: of the candidacies that reached it during the period (see Pipeline funnel), the share that went on to the next stage or one after it by the last day of the period, in percent. Skipping a stage counts as passing through it; a candidacy that was declined or not selected did not go on. The value is the share of those that reached the first stage and went on to Rehired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each open stage (Interested to Offer): the stays in it that ended during the period, when the candidacy moved on, back or out; a stay is the days from the date it entered the stage to the date it left. The bars are the median per stage, the value the median over every stay. Stays still going on are not counted; an undone move neither starts nor ends a stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacies by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacies added during the period, by how they came: applied, HR outreach, referral by another alumnus, or an event. Closed candidacies count like the others; a person in two candidacies counts twice. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read for the KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>No figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the chart&apos;s CSV export)</source>
        <translation>
            <numerusform>… and %n more (all of them in the chart&apos;s CSV export)</numerusform>
            <numerusform>… and %n more (all of them in the chart&apos;s CSV export)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the previous period (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for the previous period (%1) to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (rehire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more KPIs on the following pages</source>
        <translation>
            <numerusform>… and %n more KPI on the following pages</numerusform>
            <numerusform>… and %n more KPIs on the following pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: the printer or file is not ready.</source>
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
    <name>Pipeline</name>
    <message>
        <source>The candidacy was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidacy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such stage to start in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new candidacy starts in an in-progress stage before the interviews (“%1” is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alumnus %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has withdrawn from the alumni network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no opening %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening “%1” is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the pipeline for this opening (candidacy %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A salary cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a follow-up cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the opening&apos;s required skills the person lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible scores in full, not yet assessed about half, needs review a little; Not eligible people are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked in the opening&apos;s department; held its title or grade before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full within three years of leaving, falling to nothing at ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact within six months, a year or two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to job offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to hear about job openings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alumni to match could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening lists no required skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists none of the %1 required skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists %1 of %2 required skills: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked in %1, the opening&apos;s department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never worked in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held %1 before, as the opening asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening names no department, title or grade to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left %n month(s) ago (%1).</source>
        <translation>
            <numerusform>Left %n month ago (%1).</numerusform>
            <numerusform>Left %n months ago (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No departure date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n month(s) ago (%1).</source>
        <translation>
            <numerusform>Last contact %n month ago (%1).</numerusform>
            <numerusform>Last contact %n months ago (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not agreed to hear about job openings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The openings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rehire needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already works here again since %2; one person cannot be rehired into two openings at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is not after the last departure (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new employment stint could not be found after saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehire cannot be undone: a follow-up has already been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehire cannot be undone: the new stint already has a departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR has marked this person as not to be rehired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last departure was disciplinary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR has recorded a matter that needs review before a rehire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eligibility rule has been applied; no HR flag stands against a rehire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such pipeline stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidacy is already in the stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidacy ended in a rehire and cannot move on; undo the rehire if it was recorded by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehire verdict is Not eligible (%1). Moving to “%2” needs a reason for overriding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a candidacy as “%1” needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has an open candidacy (%1) for the same opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidacy was not moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no move %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was not undone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a candidacy is not a move; close it with a reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This move already undid another; move the candidacy again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest move of a candidacy can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidacy is no longer where that move put it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline stages could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a key and a name in Japanese and in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an in-progress stage can leave a candidacy open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing stage must say how the candidacy ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another stage already has the key or name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open candidacies are in the stage “%1”; move them first.</source>
        <translation>
            <numerusform>%n open candidacy is in the stage “%1”; move it first.</numerusform>
            <numerusform>%n open candidacies are in the stage “%1”; move them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employment stint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the rule set “%1” (version %2) decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by an override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule of “%1” is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy %1 has history since it was added (moves or follow-ups); it is kept. Close it with a reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding it was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage · opening</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening “%1” already has candidacies; it is kept. Close it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed elsewhere (another window or program) since: reopen it and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the pipeline for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the candidacy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opening “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit opening “%1”</source>
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
    <message>
        <source>Unknown employment type; map it to one of the roster&apos;s types: in the import window with Map Values…, on the command line in a mapping profile given with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown departure type; map it to one of the roster&apos;s types: in the import window with Map Values…, on the command line in a mapping profile given with --profile.</source>
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
    <message>
        <source>Employee %1 has an unknown membership status “%2”; nothing was loaded.</source>
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
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
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
    <name>UpgradeTask</name>
    <message>
        <source>Upgrading “%1” for this version of AlumniDesk…
A copy of the file is kept first. This is done once and can take a minute for a large roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; the file stays as it was…</source>
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
    <name>alumnidesk::ui::AddToPipelineDialog</name>
    <message>
        <source>Add to Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent pool (no opening yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[alumni only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. アルムナイ交流会 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in the rehire pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
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
    <name>alumnidesk::ui::BreakdownChart</name>
    <message>
        <source>The breakdown to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::CandidacyDialog</name>
    <message>
        <source>Candidacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call to arrange the second interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer and Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override of the rehire verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of an earlier move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offered salary must be a whole number of yen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::CandidacyListModel</name>
    <message>
        <source>Talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ChartExport</name>
    <message>
        <source>Export Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ConditionEditor</name>
    <message>
        <source>ALL of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANY of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add AND Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OR Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND ⇄ OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate the selected condition or group (or remove its NOT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the selected group between ALL (AND) and ANY (OR)</source>
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
    <message>
        <source>Eligibility &amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or revoke a manual eligibility verdict for this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::EligibilityActions</name>
    <message>
        <source>Set Eligibility &amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide network membership or rehire for the selected alumnus by hand, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit who is eligible for the alumni network, rehire and other programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility Override</source>
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
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set of the eligibility column and filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this verdict (an override in force counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with an open candidacy in the rehire pipeline</source>
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
    <name>alumnidesk::ui::FollowUpsPanel</name>
    <message>
        <source>Follow-ups at 1, 3 and 6 months are scheduled when the candidacy is moved to the rehired stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is it going? (note for the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FunnelChart</name>
    <message>
        <source>No candidacies in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1</source>
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
        <source>Ready: %Ln rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</source>
        <translation>
            <numerusform>Ready: %Ln row read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</numerusform>
            <numerusform>Ready: %Ln rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</numerusform>
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
    <message>
        <source>New people (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (the first %1 of %2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2 new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2 updated people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample: %1. The counts above and the problems are complete; the import applies every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2 problems, %3 more are not listed (Save Rejected Rows writes every rejected row with its reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample: %1. The counts above are complete; the import applies every change.</source>
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
        <source>%Ln rows with errors were left out.</source>
        <translation>
            <numerusform>%Ln row with errors was left out.</numerusform>
            <numerusform>%Ln rows with errors were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>To undo this import, use File &gt; Import History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”: %2</source>
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
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alumni behind the figure</source>
        <translation>
            <numerusform>%n alumnus behind the figure</numerusform>
            <numerusform>%n alumni behind the figure</numerusform>
        </translation>
    </message>
    <message>
        <source>Rehire rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligibility rule set the eligibility figures use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiReportActions</name>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to report yet: open a roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
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
        <translation>
            <numerusform>%1: %n alumnus</numerusform>
            <numerusform>%1: %n alumni</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::LeafEditor</name>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value a line, exactly as in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least (≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than (&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than (&lt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 y %4 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
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
        <source>Rehire Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehire &amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in the rehire pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating verdicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade was cancelled: %1 was not opened and is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was changed by another program; the list shows the file as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MatchDialog</name>
    <message>
        <source>&amp;Add to Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score (out of 100) weighs: %1. People who left the network, who work here again, who have not agreed to hear about job offers or whose rehire verdict is Not eligible are left out. Point at a cell for its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required skills: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people were scored.</source>
        <translation>
            <numerusform>%Ln person was scored.</numerusform>
            <numerusform>%Ln people were scored.</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to the pipeline for “%1”</source>
        <translation>
            <numerusform>Add %n person to the pipeline for “%1”</numerusform>
            <numerusform>Add %n people to the pipeline for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MatchTableModel</name>
    <message>
        <source>In pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2 points): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MoveReasonDialog</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason you give is recorded as an override of the rehire verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing stage: say why, for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::OpeningDialog</name>
    <message>
        <source>&amp;Alumni only (アルムナイ限定求人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Python, SQL, 法人営業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate skills with commas. Matching ranks alumni by how many of them they list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::OverrideDialog</name>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility Override — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rules do not decide this case (required; kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expires after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No override; the rules decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason: every override and revocation must say why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PipelineFilterBar</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacies owned by you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent pool (no opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PipelineView</name>
    <message>
        <source>&amp;New Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match Alumni…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank alumni for the chosen opening, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidacies</source>
        <translation>
            <numerusform>%Ln candidacy</numerusform>
            <numerusform>%Ln candidacies</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidacy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
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
    <message>
        <source>Not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an override; the details pane shows who, why and until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>%n open: %1</numerusform>
            <numerusform>%n open: %1</numerusform>
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
    <name>alumnidesk::ui::RuleForm</name>
    <message>
        <source>Name (Japanese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule passes when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RuleSetEditor</name>
    <message>
        <source>%1: %2 → %3 (%4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (required to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live count is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Japanese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (all must pass):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live count resumes when the draft is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a change note to save: what changed and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changes nobody&apos;s verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changes the verdict of %1 people; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changes the verdict of %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rule Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a rule set HR added; its versions stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are checked and explained in this order; you can also drag them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule set “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n saved version(s) stay in the history, and the audit trail records the deletion.</source>
        <translation>
            <numerusform>Its %n saved version stays in the history, and the audit trail records the deletion.</numerusform>
            <numerusform>Its %n saved versions stay in the history, and the audit trail records the deletion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n override(s) in force under it end, each with the reason “rule set deleted”.</source>
        <translation>
            <numerusform>The %n override in force under it ends, with the reason “rule set deleted”.</numerusform>
            <numerusform>The %n overrides in force under it end, each with the reason “rule set deleted”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its stored verdicts (%1) are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StageColumn</name>
    <message numerus="yes">
        <source>Showing the %n longest in this stage.</source>
        <translation>
            <numerusform>Showing the %n longest in this stage.</numerusform>
            <numerusform>Showing the %n longest in this stage.</numerusform>
        </translation>
    </message>
    <message>
        <source>A closing stage: moving here asks for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StageEditorDialog</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of the rehire pipeline, in board order. A stage that ends the candidacy (rehired, declined, rejected, on hold) asks for a reason when a card reaches it. Stages are never deleted, because the history refers to them: retire one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering this stage with a Not eligible rehire verdict needs an override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
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
    <name>alumnidesk::ui::TermsPanel</name>
    <message>
        <source>yen per year, e.g. 6,500,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered annual &amp;salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer compared with the terms at departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departure on record: there is nothing to compare the offer with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::TrendChart</name>
    <message>
        <source>Leavers and rehires per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leavers and rehires per year</source>
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
    <name>alumnidesk::ui::WhatIfModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
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
