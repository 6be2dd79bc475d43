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
