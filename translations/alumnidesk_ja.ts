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
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>by an import</source>
        <translation>インポートによる</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>コマンドラインから</translation>
    </message>
    <message>
        <source>in the demo roster</source>
        <translation>デモ名簿の作成時</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Added to the roster</source>
        <translation>名簿に追加</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed.</source>
        <translation>
            <numerusform>…ほか %n 件は省略しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>export the roster (or the people a search finds) as CSV for Excel</source>
        <translation>名簿（または検索で見つかった人）を Excel 用の CSV に書き出す</translation>
    </message>
    <message>
        <source>export needs exactly one OUT.csv.</source>
        <translation>export には出力先 OUT.csv をちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown export encoding “%1”: use utf-8-bom, utf-8 or cp932.</source>
        <translation>書き出しの文字コード「%1」は使えません。utf-8-bom、utf-8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--columns needs at least one column key.</source>
        <translation>--columns には列のキーを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3 people), %4.</source>
        <translation>%1: %2 行（%3 人）、%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>警告 %n 件:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n value(s) cannot be written in %1.</source>
        <translation>
            <numerusform>何も書き出していません: %n 件の値を %1 で書き出せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>import an HR system&apos;s CSV export (new people, changes, boomerangs)</source>
        <translation>人事システムが書き出した CSV を取り込む（新規・変更・出戻り）</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import にはファイルをちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>文字コード「%1」は使えません。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>確認のみ（書き込みなし）: </translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 行: 新規 %2、更新 %3、変更なし %4、除外 %5。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>list past imports: file, hash, counts, who, when</source>
        <translation>過去のインポートを一覧表示する（ファイル、ハッシュ、件数、実行者、日時）</translation>
    </message>
    <message>
        <source>imports takes no arguments.</source>
        <translation>imports に引数は指定できません。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>undo the most recent import that is not undone yet</source>
        <translation>まだ取り消していない最新のインポートを取り消す</translation>
    </message>
    <message>
        <source>Only the last import can be rolled back: write “rollback-import last”.</source>
        <translation>取り消せるのは最新のインポートだけです。「rollback-import last」と入力してください。</translation>
    </message>
    <message>
        <source>Import %1 rolled back: %2 people removed, %3 restored.</source>
        <translation>インポート %1 を取り消しました: %2 人を削除、%3 人を元に戻しました。</translation>
    </message>
    <message>
        <source>Create it with: alumnidesk-cli --db &quot;%1&quot; init</source>
        <translation>作成するには: alumnidesk-cli --db &quot;%1&quot; init</translation>
    </message>
    <message>
        <source>Upgrade it first with: alumnidesk-cli --db &quot;%1&quot; init (a backup copy is made beside it), or open it in AlumniDesk.</source>
        <translation>先に alumnidesk-cli --db &quot;%1&quot; init で更新するか（同じフォルダーにバックアップを作成します）、AlumniDesk で開いてください。</translation>
    </message>
    <message>
        <source>search, show, stats, export, imports and kpi (but not kpi set-hires) only read: they need an existing roster of this version and never change the file; init creates or upgrades it.</source>
        <translation>search・show・stats・export・imports・kpi（kpi set-hires を除く）は読み取り専用です。このバージョンの既存の名簿ファイルが必要で、ファイルを変更することはありません。名簿ファイルの作成・更新は init で行います。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (previous: %3 – %4), data as of %5</source>
        <translation>期間: %1 – %2（前期間: %3 – %4）、データ基準日: %5</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>所属: %1</translation>
    </message>
    <message>
        <source>Departure type: %1</source>
        <translation>退職区分: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>期間: %1 – %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <source>previous period: %1; change: %2</source>
        <translation>前期間: %1、増減: %2</translation>
    </message>
    <message>
        <source>kpi set-hires needs a year and a count.</source>
        <translation>kpi set-hires には年と人数を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>「%1」は年として読めません。</translation>
    </message>
    <message>
        <source>“%1” is not a number of hires.</source>
        <translation>「%1」は採用人数として読めません。</translation>
    </message>
    <message>
        <source>Mid-career hires for %1: %2</source>
        <translation>%1の中途採用数: %2</translation>
    </message>
    <message>
        <source>print every KPI with its definition, period and value; enter mid-career hires</source>
        <translation>すべてのKPIを定義・期間・値とともに表示し、中途採用数を入力する</translation>
    </message>
    <message>
        <source>Unknown kpi argument “%1”.</source>
        <translation>kpi の引数「%1」は使えません。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>The period ends (%2) before it starts (%1).</source>
        <translation>期間の終了日（%2）が開始日（%1）より前になっています。</translation>
    </message>
    <message>
        <source>Unknown departure type “%1”.</source>
        <translation>退職区分「%1」は登録されていません。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is a usual header for %2.</source>
        <translation>「%1」は「%2」を表す一般的な見出しです。</translation>
    </message>
    <message>
        <source>Not a roster field: kept as the custom attribute “%1”.</source>
        <translation>名簿の項目にないため、カスタム属性「%1」として保存します。</translation>
    </message>
    <message>
        <source>Chosen in the mapping profile.</source>
        <translation>マッピングプロファイルで指定されています。</translation>
    </message>
    <message>
        <source>Chosen by hand.</source>
        <translation>手動で指定しました。</translation>
    </message>
    <message>
        <source>No column is mapped to the employee ID; every row needs one to be matched with the roster.</source>
        <translation>社員番号に対応付けた列がありません。名簿と照合するため、すべての行に社員番号が必要です。</translation>
    </message>
    <message>
        <source>%1 is mapped from more than one column: %2.</source>
        <translation>「%1」に複数の列が対応付けられています: %2。</translation>
    </message>
    <message>
        <source>The name is mapped both as one column and as family and given name; choose one.</source>
        <translation>氏名が「1列の氏名」と「姓・名」の両方で対応付けられています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation>氏名に対応付けた列がありません。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%n byte(s) that are not %1 text (%2); the value shows � in their place.</source>
        <translation>
            <numerusform>%1 として読めない %n バイト（%2）があります。値ではその位置に � を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>A quote mark inside a value that does not start with one; it was kept as written.</source>
        <translation>引用符で始まらない値の中に引用符があります。書かれたとおりに残しました。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of this value; it was added to the value. Inside quotes, a quote mark is written twice (&quot;&quot;).</source>
        <translation>この値の閉じ引用符の後に文字があります。値に含めて読みました。引用符の中では、引用符は2つ重ねて（&quot;&quot;）書きます。</translation>
    </message>
    <message>
        <source>The quoted value that starts here has no closing quote; everything up to the end of the file was read into it.</source>
        <translation>ここから始まる引用符付きの値に閉じ引用符がありません。ファイルの末尾までをこの値として読みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this record are not listed.</source>
        <translation>
            <numerusform>この行には、ほかに %n 件の問題があります（一覧には表示していません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This record is longer than %n character(s), so reading stopped here. Most likely a closing quote is missing.</source>
        <translation>
            <numerusform>この行が %n 文字を超えたため、ここで読み込みを止めました。閉じ引用符が抜けている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>ファイルの読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>A quote mark or a line break cannot separate values.</source>
        <translation>引用符や改行は区切り文字にできません。</translation>
    </message>
    <message>
        <source>This build of Qt cannot decode %1: it lacks the ICU converter.</source>
        <translation>この Qt では %1 を読み込めません（ICU の変換機能がありません）。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>“%1” (%2) cannot be written in %3.</source>
        <translation>「%1」（%2）は %3 では書き出せません。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルに書き込めませんでした。</translation>
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
    <message>
        <source>“%1” does not exist or holds no AlumniDesk roster yet.</source>
        <translation>「%1」が存在しないか、まだ AlumniDesk の名簿が入っていません。</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of AlumniDesk (database schema %2; this version uses %3) and must be upgraded before it can be read. It was not changed.</source>
        <translation>「%1」は古いバージョンの AlumniDesk で作成されています（データベーススキーマ %2、このバージョンは %3）。読み込む前に更新が必要です。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is read-only (its permissions, or a read-only drive or share): AlumniDesk needs to write to the roster. Copy it to a folder of your own or ask for write access.</source>
        <translation>「%1」は読み取り専用です（ファイルのアクセス権、または読み取り専用のドライブや共有フォルダー）。AlumniDesk は名簿に書き込む必要があります。ご自身のフォルダーにコピーするか、書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>“%1” could not be switched to WAL mode (it stays in “%2” mode): the folder must allow AlumniDesk to create files beside it, and no other program may hold the file open in another mode.</source>
        <translation>「%1」を WAL モードに切り替えられませんでした（「%2」モードのままです）。同じフォルダーにファイルを作成できる必要があり、また他のプログラムが別のモードでこのファイルを開いていないことが必要です。</translation>
    </message>
    <message>
        <source>“%1” is in use by another program, which keeps it locked. Close that program (or wait until it has finished) and try again.</source>
        <translation>「%1」は別のプログラムが使用中で、ロックされています。そのプログラムを閉じてから（または処理が終わるのを待ってから）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database this statement belonged to has been closed.</source>
        <translation>この処理が使っていたデータベースはすでに閉じられています。</translation>
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
    <message>
        <source>“%1” has a year and a month but no day: enter the whole date, such as 2024年4月1日.</source>
        <translation>「%1」には年と月しかなく、日がありません。2024年4月1日のように日付全体を入力してください。</translation>
    </message>
    <message>
        <source>Did you mean %1 (%2)?</source>
        <translation>%1（%2）のことですか？</translation>
    </message>
</context>
<context>
    <name>DelimiterDetector</name>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>No comma, tab or semicolon outside quotes in the first lines: the file is read as one column.</source>
        <translation>先頭の数行で、引用符の外にカンマ・タブ・セミコロンが見つかりません。1列のファイルとして読みます。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 divides %2 of the first %n line(s) into the same number of values (%3).</source>
        <translation>
            <numerusform>%1で区切ると、先頭 %n 行のうち %2 行が同じ数の値（%3 個）に分かれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>手動で選択しました。</translation>
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
    <name>EncodingDetector</name>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation>ファイルの先頭に UTF-8 の BOM（バイトオーダーマーク）があります。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 little-endian byte order mark.</source>
        <translation>ファイルの先頭に UTF-16 リトルエンディアンの BOM があります。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 big-endian byte order mark.</source>
        <translation>ファイルの先頭に UTF-16 ビッグエンディアンの BOM があります。</translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 little-endian text without a byte order mark.</source>
        <translation>1バイトおきに 0 が並んでいます。BOM のない UTF-16 リトルエンディアンの特徴です。</translation>
    </message>
    <message>
        <source>Every other byte is zero, as in UTF-16 big-endian text without a byte order mark.</source>
        <translation>1バイトおきに 0 が並んでいます。BOM のない UTF-16 ビッグエンディアンの特徴です。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file holds only ASCII characters, which read the same in every supported encoding; read as UTF-8.</source>
        <translation>ファイルには ASCII 文字しかなく、どの文字コードでも同じに読めるため、UTF-8 として読みます。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n KB hold only ASCII characters, which read the same in every supported encoding; read as UTF-8.</source>
        <translation>
            <numerusform>先頭 %n KB には ASCII 文字しかなく、どの文字コードでも同じに読めるため、UTF-8 として読みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes are valid UTF-8.</source>
        <translation>UTF-8 として正しく読めます。</translation>
    </message>
    <message>
        <source>The bytes decode as CP932 (Shift_JIS) without errors, and not as UTF-8 or EUC-JP.</source>
        <translation>CP932（Shift_JIS）としてエラーなく読め、UTF-8 や EUC-JP としては読めません。</translation>
    </message>
    <message>
        <source>The bytes decode as EUC-JP without errors, and not as UTF-8 or CP932 (Shift_JIS).</source>
        <translation>EUC-JP としてエラーなく読め、UTF-8 や CP932（Shift_JIS）としては読めません。</translation>
    </message>
    <message>
        <source>The bytes decode both as CP932 (Shift_JIS) and as EUC-JP; %1 gives more ordinary Japanese text (kana and kanji).</source>
        <translation>CP932（Shift_JIS）と EUC-JP のどちらでも読めますが、%1 のほうが自然な日本語（かな・漢字）になります。</translation>
    </message>
    <message numerus="yes">
        <source>No supported encoding decodes these bytes without errors; %1 has the fewest undecodable sequences (%n).</source>
        <translation>
            <numerusform>どの文字コードでもエラーなしには読めません。読めない箇所が最も少ないのは %1 です（%n 箇所）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>手動で選択しました。</translation>
    </message>
</context>
<context>
    <name>ImportExecutor</name>
    <message>
        <source>Cancelled; the roster was left as it was.</source>
        <translation>キャンセルしました。名簿は変更していません。</translation>
    </message>
    <message>
        <source>The import could not be recorded.</source>
        <translation>インポートの記録を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(leave out)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>カスタム属性</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Name (family and given)</source>
        <translation>氏名（姓名）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading (family and given)</source>
        <translation>フリガナ（姓名）</translation>
    </message>
    <message>
        <source>Reading of family name</source>
        <translation>フリガナ（姓）</translation>
    </message>
    <message>
        <source>Reading of given name</source>
        <translation>フリガナ（名）</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Departure date</source>
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
        <source>Departure reason</source>
        <translation>退職理由</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>グループ会社</translation>
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
        <source>Membership status</source>
        <translation>会員ステータス</translation>
    </message>
    <message>
        <source>Consent: newsletter</source>
        <translation>同意: メールマガジン</translation>
    </message>
    <message>
        <source>Consent: events</source>
        <translation>同意: イベント案内</translation>
    </message>
    <message>
        <source>Consent: job offers</source>
        <translation>同意: 求人案内</translation>
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
        <source>HR only: misconduct</source>
        <translation>人事のみ: 懲戒・問題行動</translation>
    </message>
    <message>
        <source>HR only: do not rehire</source>
        <translation>人事のみ: 再雇用不可</translation>
    </message>
    <message>
        <source>HR only: note</source>
        <translation>人事のみ: メモ</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>AlumniDesk errors</source>
        <translation>AlumniDesk エラー</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header line.</source>
        <translation>「%1」は空です。見出し行がありません。</translation>
    </message>
    <message>
        <source>The header line of “%1” could not be read.</source>
        <translation>「%1」の見出し行を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The columns of “%1” cannot be imported as they are mapped:</source>
        <translation>「%1」の列は、現在の対応付けのままではインポートできません:</translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>%1 列目（%2）: %3</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import history could not be read.</source>
        <translation>インポート履歴を読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is no import to roll back.</source>
        <translation>取り消せるインポートがありません。</translation>
    </message>
    <message>
        <source>a person the import wrote has been deleted since</source>
        <translation>このインポートで登録した人が、その後削除されています</translation>
    </message>
    <message>
        <source>%1 (changed by %2 at %3)</source>
        <translation>%1（%3 に %2 が変更）</translation>
    </message>
    <message>
        <source>The import cannot be rolled back: people it wrote have been changed since. Undo those changes first or edit the records by hand.</source>
        <translation>このインポートは取り消せません。取り込んだ人の記録がその後変更されています。先にその変更を元に戻すか、記録を手作業で修正してください。</translation>
    </message>
    <message>
        <source>import rolled back</source>
        <translation>インポートを取り消し</translation>
    </message>
    <message>
        <source>The import history could not be updated.</source>
        <translation>インポート履歴を更新できませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Employee ID %1 with the hire date %2 already appears on line %3: the same employment twice.</source>
        <translation>社員番号 %1・入社日 %2 の行は %3 行目にもあります。同じ在籍期間が重複しています。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>キャンセルしました。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Alumni contacted in the last 12 months</source>
        <translation>過去12か月に接触したアルムナイの割合</translation>
    </message>
    <message>
        <source>Alumni who have not withdrawn (department and departure type of the latest stint), and of them the share whose last contact date lies in the twelve months up to the as-of date. The roster keeps only the latest contact, so this is a snapshot at the as-of date with no previous period; the bars group everyone by the time since their last contact.</source>
        <translation>退会していないアルムナイ（所属・退職区分は最新の在籍期間のもの）のうち、最終接触日が基準日までの12か月以内にある人の割合です。名簿には最新の接触日しか残らないため、基準日時点のスナップショットであり、前期間との比較はありません。棒グラフは最終接触からの経過期間で全員を分けています。</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>3か月以内</translation>
    </message>
    <message>
        <source>3 to 12 months ago</source>
        <translation>3〜12か月前</translation>
    </message>
    <message>
        <source>1 to 2 years ago</source>
        <translation>1〜2年前</translation>
    </message>
    <message>
        <source>More than 2 years ago</source>
        <translation>2年より前</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>接触記録なし</translation>
    </message>
    <message>
        <source>After the as-of date</source>
        <translation>基準日より後</translation>
    </message>
    <message>
        <source>A KPI could not be computed.</source>
        <translation>KPIを計算できませんでした。</translation>
    </message>
    <message>
        <source>The KPI “%1” has no figure “%2” to show the people behind.</source>
        <translation>KPI「%1」には、対象者を表示できる項目「%2」がありません。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未記録）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>退職者数</translation>
    </message>
    <message>
        <source>People with a departure date in the period (from its first to its last day, both included), filtered by the department and departure type of that departure. A person who left twice in the period counts once.</source>
        <translation>期間内（初日・末日を含む）に退職日がある人の数です。所属と退職区分は、その退職時のもので絞り込みます。期間内に2回退職した人は1人と数えます。</translation>
    </message>
    <message>
        <source>Leavers by departure type</source>
        <translation>退職区分別の退職者数</translation>
    </message>
    <message>
        <source>People with a departure date in the period, by the departure type of that departure (voluntary, company-initiated, retirement, …).</source>
        <translation>期間内に退職日がある人を、その退職の退職区分（自己都合・会社都合・定年など）別に数えたものです。</translation>
    </message>
    <message>
        <source>Leavers by reason</source>
        <translation>退職理由別の退職者数</translation>
    </message>
    <message>
        <source>People with a departure date in the period, by the departure reason HR recorded for that departure.</source>
        <translation>期間内に退職日がある人を、人事が記録したその退職の退職理由別に数えたものです。</translation>
    </message>
    <message>
        <source>Cohorts by departure year</source>
        <translation>退職年別コホート</translation>
    </message>
    <message>
        <source>For each of the ten departure years up to the end of the period: the people who left that year (department and departure type of that departure), how many of them are registered today (Registered, Active or Dormant) and their share.</source>
        <translation>期間の末日までの直近10年の退職年ごとに、その年に退職した人（所属・退職区分はその退職時のもの）、そのうち現在登録している人（登録済・アクティブ・休眠）の数と割合を示します。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録者数</translation>
    </message>
    <message>
        <source>Registered alumni</source>
        <translation>登録アルムナイ数</translation>
    </message>
    <message>
        <source>Alumni whose membership status is Registered, Active or Dormant today (not Invited, not Withdrawn) and whose first departure was on or before the last day of the period. The roster keeps no date of registration, so the value at an earlier date counts today&apos;s members who had left by then. Department and departure type are those of the latest stint.</source>
        <translation>現在の会員ステータスが登録済・アクティブ・休眠（招待済・退会を除く）で、最初の退職日が期間の末日以前のアルムナイの数です。名簿には登録日の記録がないため、過去の時点の値は、その時点までに退職していた現在の会員を数えます。所属と退職区分は最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>New registered alumni</source>
        <translation>新規登録アルムナイ数</translation>
    </message>
    <message>
        <source>Alumni registered today (Registered, Active or Dormant) whose first departure falls in the period: the growth of the registered alumni, counted by the month people left. Department and departure type are those of the latest stint.</source>
        <translation>現在登録している（登録済・アクティブ・休眠）アルムナイのうち、最初の退職日が期間内にある人の数です。登録アルムナイの増加を、退職した月で数えたものです。所属と退職区分は最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>Share of leavers who registered</source>
        <translation>退職者の登録率</translation>
    </message>
    <message>
        <source>People who left in the period (by departure date; department and departure type of that departure), and of them the share whose membership status is Registered, Active or Dormant today. A person who left twice in the period counts once.</source>
        <translation>期間内に退職した人（退職日で判定。所属・退職区分はその退職時のもの）のうち、現在の会員ステータスが登録済・アクティブ・休眠である人の割合です。期間内に2回退職した人は1人と数えます。</translation>
    </message>
    <message>
        <source>Membership status mix</source>
        <translation>会員ステータスの構成</translation>
    </message>
    <message>
        <source>Alumni whose first departure was on or before the last day of the period, by their membership status today (Invited, Registered, Active, Dormant, Withdrawn). Department and departure type are those of the latest stint.</source>
        <translation>最初の退職日が期間の末日以前のアルムナイを、現在の会員ステータス（招待済・登録済・アクティブ・休眠・退会）別に数えたものです。所属と退職区分は最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>The mid-career hires could not be read.</source>
        <translation>中途採用数を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The mid-career hires for %1 could not be saved.</source>
        <translation>%1の中途採用数を保存できませんでした。</translation>
    </message>
    <message>
        <source>Boomerang share of mid-career hires</source>
        <translation>中途採用に占めるアルムナイ比率</translation>
    </message>
    <message>
        <source>People rehired in the period (see Rehires) divided by the mid-career hires HR entered for the months of the period (alumnidesk-cli kpi set-hires), in percent. Mid-career hires are entered for the whole company: with a department or departure-type filter only the rehires are filtered. A yearly figure counts only for a period that covers the whole year.</source>
        <translation>期間内に再入社した人の数（「再入社数」を参照）を、人事が期間の各月について入力した中途採用数（alumnidesk-cli kpi set-hires）で割った割合です。中途採用数は全社の数値のため、所属や退職区分で絞り込んだ場合は再入社数だけが絞り込まれます。年単位の数値は、その年をすべて含む期間にだけ使われます。</translation>
    </message>
    <message>
        <source>No mid-career hires were entered for %1; enter them with alumnidesk-cli kpi set-hires.</source>
        <translation>%1の中途採用数が入力されていません。alumnidesk-cli kpi set-hires で入力してください。</translation>
    </message>
    <message>
        <source>The mid-career hires entered for the period are zero.</source>
        <translation>この期間に入力された中途採用数は0人です。</translation>
    </message>
    <message>
        <source>Time from departure to rehire</source>
        <translation>退職から再入社までの期間</translation>
    </message>
    <message>
        <source>For each rehire in the period (see Rehires): the time from the departure before it to the rehire&apos;s hire date, in months of 30.44 days. The value is the median over the rehires; the bars group them by years away.</source>
        <translation>期間内の各再入社（「再入社数」を参照）について、直前の退職日から再入社の入社日までの期間を月数（1か月＝30.44日）で表したものです。値は中央値で、棒グラフは離職していた年数で分けています。</translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation>1年未満</translation>
    </message>
    <message>
        <source>1 to 3 years</source>
        <translation>1年以上3年未満</translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation>3年以上5年未満</translation>
    </message>
    <message>
        <source>5 years or more</source>
        <translation>5年以上</translation>
    </message>
    <message>
        <source>Rehires</source>
        <translation>再入社数</translation>
    </message>
    <message>
        <source>People rehired in the period: a stint whose hire date falls in the period and is after the departure date of the person&apos;s previous stint (a boomerang). The rehire date is that hire date; department and departure type are those of the departure the person returned from. A person rehired twice in the period counts once.</source>
        <translation>期間内に再入社した人の数です。再入社（出戻り）とは、入社日が期間内にあり、その人の直前の在籍期間の退職日より後である在籍期間を指します。再入社日はその入社日で、所属と退職区分は戻る前の退職時のものです。期間内に2回再入社した人は1人と数えます。</translation>
    </message>
    <message>
        <source>Rehire rate of leavers by departure year</source>
        <translation>退職年別の再入社率</translation>
    </message>
    <message>
        <source>For each of the ten departure years up to the end of the period: the people who left that year (department and departure type of that departure), how many of them were hired again after that departure by the end of the period, and their share.</source>
        <translation>期間の末日までの直近10年の退職年ごとに、その年に退職した人（所属・退職区分はその退職時のもの）、そのうちその退職の後、期間の末日までに再入社した人の数と割合を示します。</translation>
    </message>
    <message>
        <source>Rehired</source>
        <translation>再入社者数</translation>
    </message>
    <message>
        <source>Second departure within 12 months of rehire</source>
        <translation>再入社後12か月以内の再退職</translation>
    </message>
    <message>
        <source>People rehired in the period at least twelve months before the as-of date (so that a whole year can be seen), and of them the share who left again less than twelve months after the rehire date.</source>
        <translation>期間内に再入社した人のうち、基準日の12か月以上前に再入社した人（丸1年を確認できる人）について、再入社日から12か月未満で再び退職した人の割合です。</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The mapping profiles could not be read.</source>
        <translation>マッピングプロファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>There is no mapping profile “%1”. Profiles: %2.</source>
        <translation>マッピングプロファイル「%1」はありません。登録済みのプロファイル: %2。</translation>
    </message>
    <message>
        <source>The mapping profile “%1” is damaged.</source>
        <translation>マッピングプロファイル「%1」が壊れています。</translation>
    </message>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>マッピングプロファイルには名前が必要です。</translation>
    </message>
</context>
<context>
    <name>RecordInterpreter</name>
    <message>
        <source>(column %1 without header)</source>
        <translation>（見出しのない %1 列目）</translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2; the extra value is kept as the custom attribute “%3”.</source>
        <translation>この行の値は %1 個ですが、見出しは %2 個です。余分な値はカスタム属性「%3」として保存します。</translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2; the missing ones are read as empty.</source>
        <translation>この行の値は %1 個ですが、見出しは %2 個です。足りない値は空として読みます。</translation>
    </message>
    <message>
        <source>The employee ID is missing; the row cannot be matched.</source>
        <translation>社員番号がないため、この行を名簿と照合できません。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>氏名がありません。</translation>
    </message>
    <message>
        <source>The reading may contain only kana (e.g. ヤマダ タロウ).</source>
        <translation>フリガナにはかなだけを使えます（例: ヤマダ タロウ）。</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.co.jp).</source>
        <translation>メールアドレスの形式ではありません（例: name@example.co.jp）。</translation>
    </message>
    <message>
        <source>Japanese numbers start with 0: Excel may have dropped the leading zero.</source>
        <translation>国内の電話番号は 0 で始まります。Excel で先頭の 0 が消えた可能性があります。</translation>
    </message>
    <message>
        <source>Unknown employment type; map it to one of the roster&apos;s types in the import&apos;s value mapping.</source>
        <translation>不明な雇用形態です。インポートの値の対応付けで、名簿の雇用形態のいずれかに割り当ててください。</translation>
    </message>
    <message>
        <source>Unknown departure type; map it to one of the roster&apos;s types in the import&apos;s value mapping.</source>
        <translation>不明な退職区分です。インポートの値の対応付けで、名簿の退職区分のいずれかに割り当ててください。</translation>
    </message>
    <message>
        <source>The departure date is before the hire date %1.</source>
        <translation>退職日が入社日（%1）より前になっています。</translation>
    </message>
    <message>
        <source>A departure type is given but the departure date is missing.</source>
        <translation>退職区分はありますが、退職日がありません。</translation>
    </message>
    <message>
        <source>The hire date is missing.</source>
        <translation>入社日がありません。</translation>
    </message>
    <message>
        <source>Expected yes or no (1/0, はい/いいえ, ○/×).</source>
        <translation>「はい」か「いいえ」を指定してください（1/0、はい/いいえ、○/×）。</translation>
    </message>
    <message>
        <source>Unknown membership status (expected invited, registered, active, dormant or withdrawn, in English or Japanese).</source>
        <translation>不明な会員ステータスです（招待済み・登録済み・アクティブ・休眠・退会のいずれかを、日本語または英語で指定してください）。</translation>
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
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. Nothing was saved, so that their change is not overwritten: open the record again and redo your edit.</source>
        <translation>%1 さんの情報は、編集画面を開いた後に変更されました（変更者：%2）。その変更を上書きしないよう、保存していません。開き直してから、もう一度編集してください。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it. Nothing was saved, so that their change is not overwritten: open the record again and redo your edit.</source>
        <translation>%1 さんの情報は、編集画面を開いた後に変更されました（変更者：%2、日時：%3）。その変更を上書きしないよう、保存していません。開き直してから、もう一度編集してください。</translation>
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
    <name>RosterExport</name>
    <message>
        <source>The custom attribute “%1” has a name an import reads as the roster field %2; importing this file would not give it back as an attribute.</source>
        <translation>カスタム属性「%1」の名前は、インポート時に名簿の項目「%2」として読まれます。このファイルを取り込んでも、属性としては戻りません。</translation>
    </message>
    <message>
        <source>Columns are roster field keys (%1)</source>
        <translation>列には名簿の項目キー（%1）</translation>
    </message>
    <message>
        <source> or custom attributes (%1)</source>
        <translation>またはカスタム属性（%1）</translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation>列「%1」はありません。</translation>
    </message>
    <message>
        <source>No columns were chosen.</source>
        <translation>列が選ばれていません。</translation>
    </message>
    <message>
        <source>The mapping profile “%1” has no column for these, so they were left out: %2.</source>
        <translation>マッピングプロファイル「%1」に対応する列がないため、次の項目は書き出していません: %2。</translation>
    </message>
    <message>
        <source>The mapping profile “%1” maps none of the chosen columns.</source>
        <translation>マッピングプロファイル「%1」には、選んだ列に対応するものがありません。</translation>
    </message>
    <message>
        <source>The value has %1 characters; Excel shows at most 32,767 in a cell and cuts the rest.</source>
        <translation>値が %1 文字あります。Excel は1つのセルに 32,767 文字までしか表示せず、残りは切り捨てられます。</translation>
    </message>
    <message>
        <source>The value has %1 line breaks; Excel keeps at most 253 in a cell.</source>
        <translation>値に改行が %1 個あります。Excel は1つのセルに改行を 253 個までしか保持できません。</translation>
    </message>
    <message>
        <source>CP932 (Shift_JIS) has no “%1” (%2). Export as UTF-8 instead, or change the value.</source>
        <translation>CP932（Shift_JIS）には「%1」（%2）がありません。UTF-8 で書き出すか、値を変更してください。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation>名簿を読み込めませんでした。</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The file has %1 data rows; Excel opens at most %2 (and the header) and leaves out the rest.</source>
        <translation>データが %1 行あります。Excel で開けるのは %2 行（と見出し行）までで、残りは読み込まれません。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>Row %1 (employee ID %2), column %3: %4</source>
        <translation>%1 行目（社員番号 %2）、%3 列目: %4</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>タグを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The custom attributes could not be read.</source>
        <translation>カスタム属性を読み込めませんでした。</translation>
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
    <message>
        <source>Birth date %1 is before %2: check the year (and the era, if it was written as one).</source>
        <translation>生年月日 %1 は %2 より前です。年（和暦で入力した場合は元号も）を確認してください。</translation>
    </message>
    <message>
        <source>Employment %1: the hire date %2 is more than a year ahead (after %3): check the year.</source>
        <translation>在籍期間 %1：入社日 %2 が 1 年以上先（%3 より後）です。年を確認してください。</translation>
    </message>
    <message>
        <source>Employment %1: the departure date %2 is more than a year ahead (after %3): check the year.</source>
        <translation>在籍期間 %1：退職日 %2 が 1 年以上先（%3 より後）です。年を確認してください。</translation>
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
    <name>alumnidesk::ui::ImportActions</name>
    <message>
        <source>&amp;Import from HR System…</source>
        <translation>人事システムからインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>インポート履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Add and update alumni from a CSV file exported by your HR system</source>
        <translation>人事システムが書き出した CSV ファイルから、アルムナイを追加・更新します</translation>
    </message>
    <message>
        <source>See past imports and roll back the last one</source>
        <translation>過去のインポートを確認し、最新のインポートを取り消します</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportChangeModel</name>
    <message>
        <source>%1 (custom attribute)</source>
        <translation>%1（カスタム属性）</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>在籍履歴</translation>
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
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>インポート後</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportCheckPage</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>除外した行を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>インポート前の確認</translation>
    </message>
    <message>
        <source>A dry run: this is what the import would do. Nothing has been written to the roster yet.</source>
        <translation>試し読みの結果です。インポートするとこのようになります。名簿にはまだ何も書き込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation>除外した行</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>名簿と照合しています…</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Check Again to start it over.</source>
        <translation>確認をキャンセルしました。「もう一度確認」を押すと、最初からやり直します。</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>ファイルを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>New people (%1)</source>
        <translation>新規（%1）</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>更新内容（%1）</translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation>問題（エラー %1 件、警告 %2 件）</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</source>
        <translation>
            <numerusform>準備ができました（%n 行を読み込み）。「インポート」を押すと、これらの変更を一括で反映します。後から［ファイル］＞［インポート履歴］で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with errors are left out: save them, correct them and import that file afterwards.</source>
        <translation>エラーのある行は取り込みません。保存して修正し、そのファイルを改めてインポートしてください。</translation>
    </message>
    <message>
        <source>Nothing to import: the file has a header but no data rows.</source>
        <translation>インポートするものがありません。見出し行だけで、データ行がありません。</translation>
    </message>
    <message>
        <source>Nothing can be imported: every row has an error. Save the rejected rows, correct them and import that file.</source>
        <translation>インポートできる行がありません。すべての行にエラーがあります。除外した行を保存して修正し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Nothing to import: the roster already holds everything in this file.</source>
        <translation>インポートするものがありません。このファイルの内容はすべて名簿に登録済みです。</translation>
    </message>
    <message>
        <source>Nothing to import: the rows without errors are already in the roster, and the others have errors.</source>
        <translation>インポートするものがありません。エラーのない行はすべて名簿に登録済みで、残りの行にはエラーがあります。</translation>
    </message>
    <message>
        <source>There is no check to save rows from.</source>
        <translation>保存できる確認結果がありません。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - 除外した行.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>除外した行を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Map &amp;Values…</source>
        <translation>値の対応付け(&amp;V)…</translation>
    </message>
    <message>
        <source>Some departure or employment types in the file are not roster terms: choose what they stand for, then the file is checked again</source>
        <translation>ファイル内の退職区分・雇用形態に名簿の区分と対応しない値があります。どの区分にあたるかを選ぶと、ファイルをもう一度確認します</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Choose the CSV file your HR system exported (SmartHR, freee, Yayoi, Workday, SAP, or a sheet saved from Excel). Nothing is written to the roster until you confirm the last step.</source>
        <translation>人事システム（SmartHR、freee、弥生、Workday、SAP など）が書き出した CSV ファイル、または Excel で保存したシートを選んでください。最後の手順で確定するまで、名簿には何も書き込みません。</translation>
    </message>
    <message>
        <source>Path of a CSV, TSV or text file</source>
        <translation>CSV・TSV・テキストファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Any encoding HR systems write is read: UTF-8 (with or without BOM), UTF-16, CP932 (Shift_JIS, as Excel saves it) and EUC-JP. Commas, tabs and semicolons are recognised. The next step shows what was detected and lets you change it.</source>
        <translation>人事システムが使う文字コードはすべて読み込めます: UTF-8（BOM あり・なし）、UTF-16、CP932（Excel が保存する Shift_JIS）、EUC-JP。区切り文字はカンマ・タブ・セミコロンを判別します。判別結果は次の手順で確認・変更できます。</translation>
    </message>
    <message>
        <source>Choose an HR Export</source>
        <translation>人事システムの書き出しファイルを選択</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV・テキストファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header line.</source>
        <translation>「%1」は空です。見出し行がありません。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportFormatPage</name>
    <message>
        <source>Check the format</source>
        <translation>形式の確認</translation>
    </message>
    <message>
        <source>This is how AlumniDesk reads the file. If the preview shows garbled characters or everything in one column, choose another encoding or delimiter.</source>
        <translation>AlumniDesk はこのファイルを次のように読み込みます。プレビューが文字化けしていたり、すべてが1列に並んでいたりする場合は、文字コードや区切り文字を変更してください。</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>ファイルの行番号</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動判別（%1）</translation>
    </message>
    <message>
        <source>You chose %1. Detected: %2 — %3</source>
        <translation>%1 を選択しました。自動判別: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（%1 列目）</translation>
    </message>
    <message numerus="yes">
        <source>Preview of “%1”: all %n rows.</source>
        <translation>
            <numerusform>「%1」のプレビュー: 全 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of “%1”: the first %n rows.</source>
        <translation>
            <numerusform>「%1」のプレビュー: 先頭 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading problems in these rows (marked cells):</source>
        <translation>
            <numerusform>これらの行に読み込み上の問題が %n 件あります（色付きのセル）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportHistoryDialog</name>
    <message>
        <source>&amp;Roll Back Last Import…</source>
        <translation>最新のインポートを取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>Every import into this roster, newest first. The most recent import that still stands can be rolled back: the people it added are removed and the people it changed get their previous record back.</source>
        <translation>この名簿へのインポートを新しい順に表示します。まだ取り消していない最新のインポートは取り消せます。そのインポートで追加した人は削除され、変更した人は変更前の記録に戻ります。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Mapping profile: %1
SHA-256: %2</source>
        <translation>マッピングプロファイル: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>No file has been imported into this roster yet.</source>
        <translation>この名簿にはまだインポートしたファイルがありません。</translation>
    </message>
    <message>
        <source>Roll back the import of “%1” from %2?

The %3 people it added will be removed and the %4 people it updated get their previous record back. This cannot be undone.</source>
        <translation>%2 の「%1」のインポートを取り消しますか？

このインポートで追加した %3 人は削除され、更新した %4 人は変更前の記録に戻ります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Roll Back Import</source>
        <translation>インポートの取り消し</translation>
    </message>
    <message>
        <source>Rolling back “%1”…</source>
        <translation>「%1」のインポートを取り消しています…</translation>
    </message>
    <message>
        <source>The import was not rolled back.</source>
        <translation>インポートは取り消されませんでした。</translation>
    </message>
    <message>
        <source>Rolled back: %1 people removed, %2 people restored to their previous record.</source>
        <translation>取り消しました: %1 人を削除し、%2 人を変更前の記録に戻しました。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>An error: the row is rejected and not imported.</source>
        <translation>エラー: この行は除外され、取り込まれません。</translation>
    </message>
    <message>
        <source>A warning: the row is imported; check the value.</source>
        <translation>警告: この行は取り込まれます。値を確認してください。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Load</source>
        <translation>読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Choose the roster field each column fills. AlumniDesk matched the headers it knows; columns it does not know are kept as custom attributes. Save the mapping as a profile to reuse it next time.</source>
        <translation>各列をどの名簿項目に取り込むかを選んでください。よく使われる見出しは自動で対応付けています。対応する項目がない列はカスタム属性として保存します。対応付けはマッピングプロファイルとして保存し、次回も使えます。</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>マッピングプロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>値の例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Column number in the file</source>
        <translation>ファイルの列番号</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet:</source>
        <translation>この対応付けのままではインポートできません:</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>（保存済みなし）</translation>
    </message>
    <message>
        <source>Load Mapping Profile</source>
        <translation>マッピングプロファイルの読み込み</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>マッピングプロファイルの保存</translation>
    </message>
    <message>
        <source>Delete Mapping Profile</source>
        <translation>マッピングプロファイルの削除</translation>
    </message>
    <message>
        <source>Name of the profile (for example the HR system it is for):</source>
        <translation>プロファイル名（例: 対象の人事システム名）:</translation>
    </message>
    <message>
        <source>A mapping profile “%1” already exists. Replace it?</source>
        <translation>マッピングプロファイル「%1」は既にあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Delete the mapping profile “%1”? Imports that use it from the command line will need another.</source>
        <translation>マッピングプロファイル「%1」を削除しますか？ コマンドラインからこのプロファイルを使っているインポートには、別のプロファイルが必要になります。</translation>
    </message>
    <message>
        <source>Map &amp;Values…</source>
        <translation>値の対応付け(&amp;V)…</translation>
    </message>
    <message>
        <source>Choose which roster term each departure type and employment type in the file stands for</source>
        <translation>ファイル内の退職区分・雇用形態の各値を名簿のどの区分として取り込むかを選びます</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportNewPeopleModel</name>
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
        <source>Hired</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportRunPage</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>The roster is updated in one step: until it is complete, nothing is changed.</source>
        <translation>名簿は一括で更新します。完了するまで、名簿は変更されません。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>「%1」をインポートしています…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>インポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>Nothing was changed: the roster is exactly as it was before.</source>
        <translation>名簿は何も変更されていません。インポート前の状態のままです。</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>インポートに失敗しました。</translation>
    </message>
    <message>
        <source>Nothing was changed: the roster is exactly as it was before.

%1</source>
        <translation>名簿は何も変更されていません。インポート前の状態のままです。

%1</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>インポートが完了しました。</translation>
    </message>
    <message>
        <source>New people: %1 · Updated: %2 · Already up to date: %3</source>
        <translation>新規: %1 人 · 更新: %2 人 · 変更なし: %3 人</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation>
            <numerusform>エラーのある %n 行は取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>To undo this import, use File &gt; Import History.</source>
        <translation>このインポートを取り消すには、［ファイル］＞［インポート履歴］を使います。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ImportWizard</name>
    <message>
        <source>Import from HR System</source>
        <translation>人事システムからインポート</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiDashboard</name>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation>すべての退職区分</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>データ基準日: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alumni behind the figure</source>
        <translation><numerusform>この数値の対象者: %n人</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiTile</name>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>前期間比 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2人中%1人</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiWindow</name>
    <message>
        <source>KPI Dashboard</source>
        <translation>KPIダッシュボード</translation>
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
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Click a figure to see the people behind it.</source>
        <translation>数値をクリックすると、その対象者が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alumni</source>
        <translation><numerusform>%1: %n人</numerusform></translation>
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
    <message>
        <source>&amp;KPI Dashboard</source>
        <translation>KPIダッシュボード(&amp;K)</translation>
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
    <message>
        <source>Employment %1: %2</source>
        <translation>在籍期間 %1：%2</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ValueMappingDialog</name>
    <message>
        <source>Map Values</source>
        <translation>値の対応付け</translation>
    </message>
    <message>
        <source>Choose the roster term each value in the file stands for. Values AlumniDesk recognises are chosen already; rows with a value left unmapped are rejected. Save the mapping as a profile to keep these choices for the next import.</source>
        <translation>ファイル内の各値を名簿のどの区分として取り込むかを選んでください。AlumniDesk が判別できた値は選択済みです。対応付けのない値を含む行は取り込まれません。次回も同じ対応付けを使うには、マッピングプロファイルとして保存してください。</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>ファイル内の値</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Roster term</source>
        <translation>名簿の区分</translation>
    </message>
    <message>
        <source>How</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>(not mapped: reject the row)</source>
        <translation>（対応なし：行を除外）</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>対応なし</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>手動で指定</translation>
    </message>
    <message>
        <source>No column is imported as departure type or employment type, so there is nothing to map.</source>
        <translation>退職区分・雇用形態として取り込む列がないため、対応付ける値はありません。</translation>
    </message>
    <message>
        <source>Every value has a roster term.</source>
        <translation>すべての値に名簿の区分が対応付けられています。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) have no roster term yet: the rows with them will be rejected.</source>
        <translation>
            <numerusform>%n 件の値に名簿の区分が対応付けられていません。これらの値を含む行は取り込まれません。</numerusform>
        </translation>
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
