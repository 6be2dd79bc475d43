<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AlumnusHtml</name>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1年%2か月</translation>
    </message>
    <message numerus="yes">
        <source>boomerang (%n stints)</source>
        <translation>
            <numerusform>出戻り（在籍 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Employee ID %1</source>
        <translation>社員番号 %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>予備メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>アルムナイ窓口</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>在籍履歴</translation>
    </message>
    <message>
        <source>No employment recorded.</source>
        <translation>在籍履歴は登録されていません。</translation>
    </message>
    <message>
        <source>now (rehired)</source>
        <translation>在籍中（再入社）</translation>
    </message>
    <message>
        <source>Since leaving</source>
        <translation>退職後の状況</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>メールマガジン</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント案内</translation>
    </message>
    <message>
        <source>Job offers</source>
        <translation>求人案内</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>HR only</source>
        <translation>人事限定</translation>
    </message>
    <message>
        <source>Misconduct</source>
        <translation>懲戒事由</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation>再入社不可</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>HR note</source>
        <translation>人事メモ</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近の変更履歴</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値を指定してください。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>--%1 は不明なオプションです。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 には %2～%3 の整数を指定してください（指定された値：「%4」）。</translation>
    </message>
    <message>
        <source>create the database, or upgrade it to this version&apos;s schema</source>
        <translation>データベースを作成、またはこのバージョンのスキーマに更新</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init には引数を指定できません。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>データベースの準備ができました: %1（スキーマ %2）</translation>
    </message>
    <message>
        <source>The previous version was copied to %1</source>
        <translation>更新前のデータベースを %1 にコピーしました</translation>
    </message>
    <message>
        <source>Usage: alumnidesk-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>使い方: alumnidesk-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>the roster database (default: %1)</source>
        <translation>名簿データベース（既定：%1）</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 some input was rejected; 2 usage error; 3 file or database failure.</source>
        <translation>終了コード: 0 正常終了、1 入力の一部を受け付けなかった、2 使い方の誤り、3 ファイルまたはデータベースのエラー</translation>
    </message>
    <message>
        <source>Usage: alumnidesk-cli %1</source>
        <translation>使い方: alumnidesk-cli %1</translation>
    </message>
    <message>
        <source>The option --db needs a path.</source>
        <translation>オプション --db にはパスを指定してください。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>%1 は不明なオプションです。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>「%1」は不明なコマンドです。</translation>
    </message>
    <message>
        <source>find alumni by name, kana, romaji, e-mail, employee ID, employer or skill</source>
        <translation>氏名・カナ・ローマ字・メール・社員番号・勤務先・スキルでアルムナイを検索</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search には検索語（QUERY）を指定してください。</translation>
    </message>
    <message>
        <source>%1 of %2 alumni matching “%3”:</source>
        <translation>「%3」に該当するアルムナイ: %2 人中 %1 人を表示</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員ステータス</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>予備メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>newsletter %1, events %2, job offers %3</source>
        <translation>メールマガジン %1、イベント %2、求人 %3</translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation>現在の勤務先</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>現在の役職</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>アルムナイ窓口</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>HR only</source>
        <translation>人事限定</translation>
    </message>
    <message>
        <source>misconduct %1, do not rehire %2</source>
        <translation>懲戒事由 %1、再入社不可 %2</translation>
    </message>
    <message>
        <source>HR note</source>
        <translation>人事メモ</translation>
    </message>
    <message>
        <source>Employment history:</source>
        <translation>在籍履歴:</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>グループ会社</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退職理由</translation>
    </message>
    <message>
        <source>print one alumnus with every stint</source>
        <translation>アルムナイ 1 人の情報を、すべての在籍期間とともに表示</translation>
    </message>
    <message>
        <source>show needs exactly one EMPLOYEE_ID.</source>
        <translation>show には社員番号（EMPLOYEE_ID）を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>count alumni, boomerangs, departure types, statuses and years</source>
        <translation>アルムナイ・出戻りの人数を、退職区分・会員ステータス・退職年別に集計</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats には引数を指定できません。</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>データベース: %1（スキーマ %2）</translation>
    </message>
    <message>
        <source>Alumni: %1</source>
        <translation>アルムナイ: %1 人</translation>
    </message>
    <message>
        <source>Boomerangs (more than one stint): %1</source>
        <translation>出戻り（在籍 2 回以上）: %1 人</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>部署数: %1</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Departure year</source>
        <translation>退職年</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic generated roster</source>
        <translation>空のデータベースに、本物に近いデモ用の名簿を生成</translation>
    </message>
    <message>
        <source>demo needs --rows N (the number of alumni to generate).</source>
        <translation>demo には --rows N（生成するアルムナイの人数）を指定してください。</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo にはオプション以外の引数を指定できません。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not “%1”.</source>
        <translation>--seed には 0～18446744073709551615 の整数を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--today must be a date after 1995 written as YYYY-MM-DD, not “%1”.</source>
        <translation>--today には 1995 年以降の日付を YYYY-MM-DD 形式で指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Give a new database file with --db PATH.</source>
        <translation>--db PATH で新しいデータベースファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 rows)</source>
        <translation>%1%（%3 行中 %2 行）</translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation>インデックスと検索インデックスを作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln alumni (seed %1) in %2 s.</source>
        <translation>
            <numerusform>アルムナイ %Ln 人を生成しました（シード %1、%2 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: inserting %1 s (records generated alongside in %2 s), indexes %3 s, search index %4 s, commit %5 s.</source>
        <translation>所要時間: 書き込み %1 秒（並行して生成 %2 秒）、インデックス %3 秒、検索インデックス %4 秒、確定 %5 秒。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not an AlumniDesk database: it is not an SQLite file. It was not changed.</source>
        <translation>「%1」は AlumniDesk のデータベースではありません（SQLite ファイルではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not an AlumniDesk one. It was not changed.</source>
        <translation>「%1」は SQLite データベースですが、AlumniDesk のデータベースではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of AlumniDesk (database schema %2; this version understands up to %3). Install the newer AlumniDesk to open it. The file was not changed.</source>
        <translation>「%1」は新しいバージョンの AlumniDesk で保存されています（データベースのスキーマ %2。このバージョンが対応しているのはスキーマ %3 までです）。開くには新しいバージョンの AlumniDesk をインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>フォルダー「%1」を作成できませんでした。保存先と書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>データベースをスキーマ %1 に更新できませんでした。</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>データベースの処理に失敗しました。</translation>
    </message>
    <message>
        <source>A database statement could not be prepared.</source>
        <translation>データベースの処理を準備できませんでした。</translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its connection.</source>
        <translation>SQLite ドライバーから接続を取得できませんでした。</translation>
    </message>
    <message>
        <source>The database could not be switched to WAL mode.</source>
        <translation>データベースを WAL モードに切り替えられませんでした。</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>この SQLite ライブラリは全文検索（FTS5）に対応していません。</translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation>検索用のトークナイザーを登録できませんでした。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバーがインストールされていません。パッケージ libqt6sql6-sqlite をインストールしてください。</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a database.</source>
        <translation>「%1」は破損しているか、データベースではありません。</translation>
    </message>
    <message>
        <source>The schema version of “%1” could not be read.</source>
        <translation>「%1」のスキーマバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Before upgrading, a backup copy could not be written to “%1”.</source>
        <translation>更新前のバックアップを「%1」に保存できませんでした。保存先の空き容量と書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>The search index could not be read.</source>
        <translation>検索インデックスを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>today</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>「%1」は日付ではありません。%2 月はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2/%3 has no day %4.</source>
        <translation>「%1」は日付ではありません。%2 年 %3 月に %4 日はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a date: the era is unknown.</source>
        <translation>「%1」は日付ではありません。元号が不明です。</translation>
    </message>
    <message>
        <source>“%1” is not a date: era years start at 1 (元年).</source>
        <translation>「%1」は日付ではありません。元号の年は 1（元年）から始まります。</translation>
    </message>
    <message>
        <source>“%1” is not a date: it is outside the %2 era (%3 to %4).</source>
        <translation>「%1」は日付ではありません。%2 の期間（%3～%4）外です。</translation>
    </message>
    <message>
        <source>“%1” is not a date: expected a form such as 2024-04-01, 2024/4/1, 2024年4月1日 or 令和6年4月1日.</source>
        <translation>「%1」は日付ではありません。2024-04-01、2024/4/1、2024年4月1日、令和6年4月1日 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of rows must be from 1 to %1.</source>
        <translation>行数は 1～%1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The demo roster needs a date after 1995 as today.</source>
        <translation>デモ用名簿の基準日（今日の日付）には 1995 年以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation>キャンセルしました。名簿は変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>The roster already holds %Ln alumni. Demo data is only generated into an empty roster.</source>
        <translation>
            <numerusform>名簿にはすでにアルムナイが %Ln 人登録されています。デモデータは空の名簿にのみ作成できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRosterTask</name>
    <message>
        <source>Creating a demo roster of %1 alumni…</source>
        <translation>アルムナイ %1 人分のデモ用名簿を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Demo roster</source>
        <translation>デモ用名簿</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>The record was not found; it may have been deleted meanwhile.</source>
        <translation>レコードが見つかりません。操作中に削除された可能性があります。</translation>
    </message>
    <message>
        <source>The tag “%1” could not be stored.</source>
        <translation>タグ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>No alumnus with row id %1.</source>
        <translation>行 ID %1 のアルムナイは存在しません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The departments could not be listed.</source>
        <translation>部署の一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>The tags could not be listed.</source>
        <translation>タグの一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>The departure years could not be read.</source>
        <translation>退職年を取得できませんでした。</translation>
    </message>
    <message>
        <source>The roster statistics could not be computed.</source>
        <translation>名簿の集計ができませんでした。</translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation>社員番号「%1」のアルムナイは登録されていません。</translation>
    </message>
    <message>
        <source>Employee ID “%1” already belongs to %2.</source>
        <translation>社員番号「%1」はすでに %2 に使われています。社員番号を確認してください。</translation>
    </message>
    <message>
        <source>Only a deleted record can be restored.</source>
        <translation>復元できるのは削除済みのレコードだけです。</translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation>名簿を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The roster&apos;s indexes could not be read.</source>
        <translation>名簿のインデックスを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Internal error: a bulk load was not begun.</source>
        <translation>内部エラー：一括登録が開始されていません。</translation>
    </message>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation>キャンセルしました。名簿は変更していません。</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>レコードを保存できませんでした。次の点を修正してください：</translation>
    </message>
    <message numerus="yes">
        <source>The roster already holds %Ln alumni; this needs an empty roster.</source>
        <translation>
            <numerusform>名簿にはすでにアルムナイが %Ln 人登録されています。この操作には空の名簿が必要です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterColumn</name>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
    <message>
        <source>Stints</source>
        <translation>在籍回数</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員ステータス</translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation>現在の勤務先</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>現在の役職</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1の追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1の削除</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1の編集</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>No roster is open.</source>
        <translation>名簿ファイルが開かれていません。［ファイル］メニューから名簿ファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Employee ID is missing. Every alumnus needs the ID the HR system gave them.</source>
        <translation>社員番号が入力されていません。人事システムで付与された社員番号を入力してください。</translation>
    </message>
    <message>
        <source>Employee ID is longer than 64 characters.</source>
        <translation>社員番号が 64 文字を超えています。64 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Name is missing. Enter at least the family name.</source>
        <translation>氏名が入力されていません。少なくとも姓を入力してください。</translation>
    </message>
    <message>
        <source>The reading (フリガナ) may contain only kana, for example ヤマダ タロウ.</source>
        <translation>フリガナはカナだけで入力してください（例：ヤマダ タロウ）。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.co.jp).</source>
        <translation>「%1」はメールアドレスの形式ではありません（例：name@example.co.jp）。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>生年月日（%1）が未来の日付になっています。</translation>
    </message>
    <message>
        <source>Unknown membership status “%1”.</source>
        <translation>「%1」は登録されていない会員ステータスです。</translation>
    </message>
    <message>
        <source>Last contact %1 is in the future.</source>
        <translation>最終接触日（%1）が未来の日付になっています。</translation>
    </message>
    <message>
        <source>Employment %1: the hire date is missing.</source>
        <translation>在籍期間 %1：入社日が入力されていません。</translation>
    </message>
    <message>
        <source>Employment %1: the departure %2 is before the hire %3.</source>
        <translation>在籍期間 %1：退職日 %2 が入社日 %3 より前です。</translation>
    </message>
    <message>
        <source>Employment %1: the hire date %2 is before the person&apos;s 14th birthday.</source>
        <translation>在籍期間 %1：入社日 %2 が 14 歳の誕生日より前です。</translation>
    </message>
    <message>
        <source>Employment %1: only the most recent employment may be without a departure date.</source>
        <translation>在籍期間 %1：退職日を空欄にできるのは最新の在籍期間だけです。</translation>
    </message>
    <message>
        <source>Employment %1: rehired on %2, but the previous employment ended on %3.</source>
        <translation>在籍期間 %1：再入社日 %2 が、前回の退職日 %3 以前になっています。</translation>
    </message>
    <message>
        <source>Employment %1: unknown employment type “%2”.</source>
        <translation>在籍期間 %1：雇用形態「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>Employment %1: unknown departure type “%2”.</source>
        <translation>在籍期間 %1：退職区分「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>Employment %1: a departure type is set but the departure date is missing.</source>
        <translation>在籍期間 %1：退職区分が入力されていますが、退職日がありません。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Voluntary</source>
        <translation>自己都合</translation>
    </message>
    <message>
        <source>Company-initiated</source>
        <translation>会社都合</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>定年</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>契約満了</translation>
    </message>
    <message>
        <source>Group transfer</source>
        <translation>転籍</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>懲戒</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>正社員</translation>
    </message>
    <message>
        <source>Contract employee</source>
        <translation>契約社員</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>パート・アルバイト</translation>
    </message>
    <message>
        <source>Temporary agency</source>
        <translation>派遣社員</translation>
    </message>
    <message>
        <source>Executive officer</source>
        <translation>役員</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退会</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::AlumnusDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1の編集</translation>
    </message>
    <message>
        <source>Add alumnus</source>
        <translation>アルムナイの追加</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>在籍履歴</translation>
    </message>
    <message>
        <source>Since leaving</source>
        <translation>退職後の状況</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員情報</translation>
    </message>
    <message>
        <source>HR only</source>
        <translation>人事限定</translation>
    </message>
    <message>
        <source>katakana, e.g. ヤマダ</source>
        <translation>カタカナ（例：ヤマダ）</translation>
    </message>
    <message>
        <source>katakana, e.g. タロウ</source>
        <translation>カタカナ（例：タロウ）</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>予備メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>在籍期間を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>One row per period of employment. A boomerang who left twice has two rows. Leave the departure date empty for someone who is back and still employed.</source>
        <translation>在籍期間ごとに 1 行ずつ入力します。2 回退職した出戻り社員なら 2 行になります。再入社して現在も在籍している場合は、退職日を空欄にしてください。</translation>
    </message>
    <message>
        <source>separated by commas, e.g. Python, 法人営業, 簿記2級</source>
        <translation>「、」または「,」で区切って入力（例：Python、法人営業、簿記2級）</translation>
    </message>
    <message>
        <source>who keeps in touch (アルムナイ窓口)</source>
        <translation>連絡窓口となる社員または部署</translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation>現在の勤務先</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>現在の役職</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>アルムナイ窓口</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Newsletter (メールマガジン)</source>
        <translation>メールマガジン</translation>
    </message>
    <message>
        <source>Event invitations</source>
        <translation>イベントの案内</translation>
    </message>
    <message>
        <source>Job offers (rehire contact)</source>
        <translation>求人の案内（再入社の打診）</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>「、」または「,」で区切って入力</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>会員ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Only HR officers may see these fields. Recruiters and managers must never be shown them.</source>
        <translation>これらの項目は人事担当者だけが閲覧できます。採用担当者や管理職には絶対に見せないでください。</translation>
    </message>
    <message>
        <source>Misconduct recorded at departure</source>
        <translation>退職時に懲戒事由あり</translation>
    </message>
    <message>
        <source>Do not rehire</source>
        <translation>再入社不可</translation>
    </message>
    <message>
        <source>HR note</source>
        <translation>人事メモ</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>次の点を修正してください：</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::DateLineEdit</name>
    <message>
        <source>e.g. 2024/04/01 or 令和6年4月1日</source>
        <translation>例：2024/04/01、令和6年4月1日</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::DetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Select an alumnus to see their details.</source>
        <translation>アルムナイを選択すると、ここに詳細が表示されます。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FilterBar</name>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Search names, kana, romaji, e-mail, employee ID, employer, skills…</source>
        <translation>氏名・フリガナ・ローマ字・メールアドレス・社員番号・勤務先・スキルで検索…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation>すべての退職区分</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Left from</source>
        <translation>退職年</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FirstRunDialog</name>
    <message>
        <source>Explore with a &amp;demo roster of about %1 invented alumni</source>
        <translation>架空のアルムナイ約 %1 人のデモ用名簿で試す(&amp;D)</translation>
    </message>
    <message>
        <source>Start with an &amp;empty roster</source>
        <translation>空の名簿から始める(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open a roster file that already exists…</source>
        <translation>既存の名簿ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Welcome to AlumniDesk</source>
        <translation>AlumniDesk へようこそ</translation>
    </message>
    <message>
        <source>AlumniDesk keeps your alumni roster in a file on this computer; nothing is sent anywhere. How would you like to begin?</source>
        <translation>AlumniDesk は、アルムナイ名簿をこのコンピューター上のファイルに保存します。データが外部に送信されることはありません。どの方法で始めますか？</translation>
    </message>
    <message>
        <source>The demo people, companies and addresses are invented. You can start a real roster later with File &gt; New Roster File.</source>
        <translation>デモ用名簿の人物・会社・住所はすべて架空のものです。実際の名簿は、あとから［ファイル］&gt;［新しい名簿ファイル］で作成できます。</translation>
    </message>
    <message>
        <source>The roster will be saved as %1</source>
        <translation>名簿の保存先：%1</translation>
    </message>
    <message>
        <source>Demo roster</source>
        <translation>デモ用名簿</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>名簿を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>&amp;New Roster File…</source>
        <translation>新しい名簿ファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Roster File…</source>
        <translation>名簿ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Alumnus…</source>
        <translation>アルムナイを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Alumnus…</source>
        <translation>アルムナイを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Alumnus…</source>
        <translation>アルムナイを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>検索と絞り込みを解除(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About AlumniDesk</source>
        <translation>AlumniDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>詳細パネル(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名簿</translation>
    </message>
    <message>
        <source>Cannot open roster</source>
        <translation>名簿を開けません</translation>
    </message>
    <message>
        <source>The roster was upgraded; the previous version was kept as %1</source>
        <translation>名簿ファイルを新しい形式に更新しました。更新前のファイルは %1 に残してあります</translation>
    </message>
    <message>
        <source>New Roster File</source>
        <translation>新しい名簿ファイル</translation>
    </message>
    <message>
        <source>alumni.sqlite</source>
        <translation>アルムナイ名簿.sqlite</translation>
    </message>
    <message>
        <source>AlumniDesk roster (*.sqlite *.db)</source>
        <translation>AlumniDesk 名簿ファイル (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>「%1」はすでに存在します。別の名前を指定するか、［ファイル］&gt;［名簿ファイルを開く］で開いてください。</translation>
    </message>
    <message>
        <source>Open Roster File</source>
        <translation>名簿ファイルを開く</translation>
    </message>
    <message>
        <source>AlumniDesk roster (*.sqlite *.db);;All files (*)</source>
        <translation>AlumniDesk 名簿ファイル (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No roster open</source>
        <translation>名簿ファイルが開かれていません</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation>変更を反映できませんでした</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>編集できません</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>Delete alumnus</source>
        <translation>アルムナイの削除</translation>
    </message>
    <message>
        <source>Delete %1 (employee ID %2) with all employment history?

You can undo this with Edit &gt; Undo.</source>
        <translation>%1（社員番号 %2）を、在籍履歴も含めて削除しますか？

［編集］&gt;［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>About AlumniDesk</source>
        <translation>AlumniDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlumniDesk %1&lt;/h3&gt;&lt;p&gt;The alumni roster, rehire pipeline and KPIs for HR teams: offline, fast, and at home with Japanese HR data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AlumniDesk %1&lt;/h3&gt;&lt;p&gt;人事チームのためのアルムナイ名簿・再入社の選考管理・KPI。オフラインで高速に動作し、日本の人事データをそのまま扱えます。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 またはそれ以降のバージョンのもとで提供しています。&lt;/p&gt;&lt;p&gt;Qt %2 で構築しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alumni</source>
        <translation>
            <numerusform>アルムナイ %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln 人を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語に従う</translation>
    </message>
    <message>
        <source>Language / 言語</source>
        <translation>言語 / Language</translation>
    </message>
    <message>
        <source>A new language takes effect when AlumniDesk restarts.</source>
        <translation>言語の変更は、AlumniDesk を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Restart AlumniDesk</source>
        <translation>AlumniDesk の再起動</translation>
    </message>
    <message>
        <source>Restart AlumniDesk now to switch the language?</source>
        <translation>言語を切り替えるため、今すぐ AlumniDesk を再起動しますか？</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RosterTableModel</name>
    <message numerus="yes">
        <source>Boomerang: employed %n times</source>
        <translation>
            <numerusform>出戻り：在籍 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RosterView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>表示する列(&amp;C)</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StintTableModel</name>
    <message>
        <source>(employed)</source>
        <translation>（在籍中）</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>グループ会社</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退職理由</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AlumniDesk: the corporate alumni roster</source>
        <translation>AlumniDesk：企業のアルムナイ名簿</translation>
    </message>
    <message>
        <source>Open this roster file.</source>
        <translation>この名簿ファイルを開きます。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Roster file to open (same as --db).</source>
        <translation>開く名簿ファイル（--db と同じ）。</translation>
    </message>
</context>
</TS>
