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
    <message>
        <source>Rehire pipeline</source>
        <translation>再雇用の選考</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>タレントプール</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 終了</translation>
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
        <source>Reading the file: %1%</source>
        <translation>ファイルを読み込んでいます: %1%</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>名簿と照合しています…</translation>
    </message>
    <message>
        <source>Writing: %1%</source>
        <translation>書き込んでいます: %1%</translation>
    </message>
    <message>
        <source>Rebuilding the indexes and the search index…</source>
        <translation>索引と検索インデックスを再構築しています…</translation>
    </message>
    <message>
        <source>count verdicts per rule set, or explain one person&apos;s verdict</source>
        <translation>ルールセットごとの判定数を数える、または一人の判定理由を表示する</translation>
    </message>
    <message>
        <source>eligibility takes no arguments; use --ruleset or --explain.</source>
        <translation>eligibility は引数を取りません。--ruleset か --explain を使ってください。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2025-04-01.</source>
        <translation>「%1」は日付ではありません。2025-04-01 の形で指定してください。</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ルールセット</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>判定変更あり</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>基準日 %1</translation>
    </message>
    <message>
        <source>The rules could not be written to %1: %2</source>
        <translation>ルールを %1 に書き出せません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rule set(s) to %1.</source>
        <translation>
            <numerusform>%n 件のルールセットを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules file %1 could not be read: %2</source>
        <translation>ルールファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 から取り込み</translation>
    </message>
    <message>
        <source>%1: unchanged (version %2).</source>
        <translation>%1: 変更なし（第%2版）。</translation>
    </message>
    <message>
        <source>%1: new rule set (version 1).</source>
        <translation>%1: 新しいルールセット（第1版）。</translation>
    </message>
    <message>
        <source>%1: version %2 → %3.</source>
        <translation>%1: 第%2版 → 第%3版。</translation>
    </message>
    <message>
        <source>write the eligibility rules to a file, or read them (a new version each)</source>
        <translation>対象者ルールをファイルに書き出す、またはファイルから取り込む（それぞれ新しい版になる）</translation>
    </message>
    <message>
        <source>rules needs “export FILE.json” or “import FILE.json”.</source>
        <translation>rules には「export FILE.json」か「import FILE.json」を指定してください。</translation>
    </message>
    <message>
        <source>rank alumni for an opening, with the reasons for each score</source>
        <translation>求人に合うアルムナイを、スコアの理由とともに順位付けする</translation>
    </message>
    <message>
        <source>match needs an OPENING_ID.</source>
        <translation>match には OPENING_ID（求人ID）が必要です。</translation>
    </message>
    <message>
        <source>Matches for “%1” (score out of 100: %2):</source>
        <translation>「%1」の候補者（100点満点のスコア：%2）：</translation>
    </message>
    <message>
        <source>[in the pipeline: candidacy %1]</source>
        <translation>［選考中：候補 %1］</translation>
    </message>
    <message>
        <source>No one matches.</source>
        <translation>該当する人はいません。</translation>
    </message>
    <message>
        <source>No openings yet.</source>
        <translation>求人はまだありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Alumni only</source>
        <translation>アルムナイ限定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>選考中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>必須スキル</translation>
    </message>
    <message>
        <source>list the openings, or add one</source>
        <translation>求人を一覧表示、または追加する</translation>
    </message>
    <message>
        <source>Unknown openings action “%1”.</source>
        <translation>openings の操作「%1」は不明です。</translation>
    </message>
    <message>
        <source>openings add needs a TITLE.</source>
        <translation>openings add には TITLE（職種名）が必要です。</translation>
    </message>
    <message>
        <source>--opening must be an opening ID (0 for the talent pool).</source>
        <translation>--opening には求人IDを指定してください（タレントプールは 0）。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>選考段階</translation>
    </message>
    <message>
        <source>Last position</source>
        <translation>退職時の役職</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>求人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>(talent pool)</source>
        <translation>（タレントプール）</translation>
    </message>
    <message>
        <source>pipeline add needs an EMPLOYEE_ID.</source>
        <translation>pipeline add には EMPLOYEE_ID（社員番号）が必要です。</translation>
    </message>
    <message>
        <source>--source must be applied, outreach, referral or event.</source>
        <translation>--source には applied、outreach、referral、event のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--opening must be an opening ID.</source>
        <translation>--opening には求人IDを指定してください。</translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation>社員番号「%1」のアルムナイはいません。</translation>
    </message>
    <message>
        <source>pipeline move needs a CANDIDACY_ID and a STAGE.</source>
        <translation>pipeline move には CANDIDACY_ID（候補ID）と STAGE（選考段階）が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a candidacy ID.</source>
        <translation>「%1」は候補IDではありません。</translation>
    </message>
    <message>
        <source>--start must be a date: %1</source>
        <translation>--start には日付を指定してください：%1</translation>
    </message>
    <message>
        <source>The candidacy was not moved: %1</source>
        <translation>選考段階を移動できませんでした：%1</translation>
    </message>
    <message>
        <source>Candidacy %1: %2 → %3</source>
        <translation>候補 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Rehired: a new stint was added; follow-ups are due on %1.</source>
        <translation>再入社：新しい在籍期間を追加しました。定着フォローの期限は %1 です。</translation>
    </message>
    <message>
        <source>pipeline undo needs a CANDIDACY_ID.</source>
        <translation>pipeline undo には CANDIDACY_ID（候補ID）が必要です。</translation>
    </message>
    <message>
        <source>There is no candidacy %1.</source>
        <translation>候補 %1 はありません。</translation>
    </message>
    <message>
        <source>Candidacy %1: %2 → %3 (undone)</source>
        <translation>候補 %1：%2 → %3（取り消し）</translation>
    </message>
    <message>
        <source>list, add and move rehire candidacies (see README for the options)</source>
        <translation>再雇用の候補者を一覧・追加・移動する（オプションは README を参照）</translation>
    </message>
    <message>
        <source>Unknown pipeline action “%1”.</source>
        <translation>pipeline の操作「%1」は不明です。</translation>
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
    <message>
        <source>Time: inserting %1 s (records generated alongside in %2 s), indexes %3 s, search index %4 s, skills table %5 s, commit %6 s.</source>
        <translation>所要時間: 書き込み %1 秒（並行して生成 %2 秒）、インデックス %3 秒、検索インデックス %4 秒、スキル表 %5 秒、確定 %6 秒。</translation>
    </message>
    <message>
        <source>search, show, stats, export, imports, kpi (but not kpi set-hires) and report only read: they need an existing roster of this version and never change the file; init creates or upgrades it.</source>
        <translation>search・show・stats・export・imports・kpi（kpi set-hires を除く）・report は読み取り専用です。このバージョンの既存の名簿ファイルが必要で、ファイルを変更することはありません。名簿ファイルの作成・更新は init で行います。</translation>
    </message>
    <message>
        <source>--ruleset: %1</source>
        <translation>--ruleset: %1</translation>
    </message>
    <message>
        <source>write the KPI report (cover, every KPI with its chart and definition) as an A4 PDF</source>
        <translation>KPIレポート（表紙、各KPIのグラフと定義）をA4のPDFに書き出す</translation>
    </message>
    <message>
        <source>Unknown report argument “%1”.</source>
        <translation>report の引数「%1」は不明です。</translation>
    </message>
    <message>
        <source>report needs --pdf and the file to write.</source>
        <translation>report には --pdf と書き出すファイルの指定が必要です。</translation>
    </message>
    <message>
        <source>The report needs the graphical part of Qt (fonts); alumnidesk-cli starts it for this command.</source>
        <translation>レポートの作成にはQtのグラフィックス機能（フォント）が必要です。alumnidesk-cli はこのコマンドのときにそれを起動します。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%nページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs</source>
        <translation>
            <numerusform>KPI %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the KPI report to “%1” (%2, %3).</source>
        <translation>KPIレポートを「%1」に書き出しました（%2、%3）。</translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation>ルールセット: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: verdicts were stale and were re-evaluated (%2 ms for the pass; %n people evaluated).</source>
        <translation>
            <numerusform>%1: 判定が古くなっていたため再評価しました（一括処理 %2 ミリ秒、%n 人を評価）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed here: --errors OUT.csv or --json lists every one.</source>
        <translation>
            <numerusform>…ほか %n 件の問題はここには表示していません。すべての問題は --errors OUT.csv または --json で出力できます。</numerusform>
        </translation>
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
    <message>
        <source>The roster&apos;s change feed could not be read.</source>
        <translation>名簿の変更履歴を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The journal mode of the new file could not be set.</source>
        <translation>新しいファイルのジャーナルモードを設定できませんでした。</translation>
    </message>
    <message>
        <source>“%1” holds an unfinished write (an import that was interrupted), kept in “%2” beside it, which must be undone before the file can be read. AlumniDesk needs write access to the file and its folder to do so.</source>
        <translation>「%1」には書き込み途中のデータ（中断された取り込み）が残っています。横にある「%2」に保存されており、ファイルを読み込む前に取り消す必要があります。取り消すには、ファイルとそのフォルダーへの書き込み権限が必要です。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>検索索引を作り直せませんでした。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt in its temporary database “%1”.</source>
        <translation>検索索引を一時データベース「%1」で作り直せませんでした。</translation>
    </message>
    <message>
        <source>Cancelled: the search index was not rebuilt.</source>
        <translation>キャンセルしました。検索索引は作り直していません。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: no temporary folder could be created in “%1”. Check that the folder exists, can be written to and has free space.</source>
        <translation>検索索引を作り直せませんでした。「%1」に一時フォルダーを作成できません。フォルダーが存在し、書き込みができ、空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: its temporary file “%1” could not be written (%2).</source>
        <translation>検索索引を作り直せませんでした。一時ファイル「%1」に書き込めません（%2）。</translation>
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
    <message>
        <source>“%1” already exists; a new demo file is never written over another file.</source>
        <translation>「%1」はすでに存在します。デモ名簿の新しいファイルで既存のファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>The new file “%1” could not be written to disk.</source>
        <translation>新しいファイル「%1」をディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The finished demo roster could not be named “%1” (did another program create a file there meanwhile?); nothing was written there.</source>
        <translation>作成したデモ名簿のファイル名を「%1」にできませんでした（その間に別のプログラムが同じ名前のファイルを作成した可能性があります）。「%1」には何も書き込んでいません。</translation>
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
    <name>DraftProblems</name>
    <message>
        <source>Rule “%1”: a group has no conditions; add one or remove the group.</source>
        <translation>ルール「%1」: 条件のないグループがあります。条件を追加するか、グループを削除してください。</translation>
    </message>
    <message>
        <source>Rule “%1”: NOT needs exactly one condition.</source>
        <translation>ルール「%1」: NOT には条件を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Rule “%1”: choose at least one value for “%2”.</source>
        <translation>ルール「%1」:「%2」の値を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>The rule set needs a name in Japanese or English.</source>
        <translation>ルールセットには日本語または英語の名前が必要です。</translation>
    </message>
    <message>
        <source>The rule set has no rules; add at least one.</source>
        <translation>ルールセットにルールがありません。1つ以上追加してください。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>%1番目</translation>
    </message>
    <message>
        <source>Rule %1 needs a name in Japanese or English.</source>
        <translation>%1のルールには日本語または英語の名前が必要です。</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>The employment history could not be read.</source>
        <translation>在籍履歴を読み込めません。</translation>
    </message>
    <message>
        <source>No alumnus has the employee ID “%1”.</source>
        <translation>社員番号「%1」のアルムナイはいません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>Rule set version %1, as of %2</source>
        <translation>ルールセット 第%1版、基準日 %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2: %3 (computed: %4)</source>
        <translation>%2 に %1 が判定を変更: %3（ルールによる判定: %4）</translation>
    </message>
    <message>
        <source>The override holds until %1.</source>
        <translation>この変更は %1 まで有効です。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The roster list shows %1 (version %2, evaluated on %3) until the verdicts are refreshed.</source>
        <translation>判定を更新するまで、名簿一覧には %1（第%2版、%3 判定）と表示されます。</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>判定の変更には理由が必要です。</translation>
    </message>
    <message>
        <source>replaced by a new override</source>
        <translation>新しい判定変更に置き換え</translation>
    </message>
    <message>
        <source>There is no override %1 in force.</source>
        <translation>有効な判定変更 %1 はありません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation>名簿を読み込めません。</translation>
    </message>
    <message>
        <source>the company itself</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the facts of one rule: &quot;Tenure 0 years 10 months &lt; 1 year; Departure type: Disciplinary&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>no employment history</source>
        <translation>在籍履歴なし</translation>
    </message>
    <message>
        <source>hire date not recorded</source>
        <translation>入社日が未登録</translation>
    </message>
    <message>
        <source>a stint lacks its hire date, or more than one stint has no departure date</source>
        <translation>入社日が未登録の在籍期間があるか、退職日のない在籍期間が複数あります</translation>
    </message>
    <message>
        <source>departure date not recorded</source>
        <translation>退職日が未登録</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>生年月日が未登録</translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <extracomment>A value the rule needs is missing: &quot;Tenure: unknown (hire date not recorded)&quot;</extracomment>
        <translation>%1: 不明（%2）</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <extracomment>&quot;Tenure 0 years 10 months &lt; 1 year&quot;: field, the person&apos;s value, how it compares, the rule&apos;s value</extracomment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates values in a list: &quot;Voluntary, Retirement&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <extracomment>&quot;Departure type: not recorded&quot;</extracomment>
        <translation>%1: 未登録</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Departure type: Disciplinary&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>expected an object ({…}).</source>
        <translation>オブジェクト（{…}）が必要です。</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1.</source>
        <translation>不明なキーです。次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>指定がありません。</translation>
    </message>
    <message>
        <source>expected text in double quotes.</source>
        <translation>二重引用符で囲んだ文字列が必要です。</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>整数が必要です。</translation>
    </message>
    <message>
        <source>must be between 0 and %1.</source>
        <translation>0 から %1 までの値にしてください。</translation>
    </message>
    <message>
        <source>missing; give {&quot;ja&quot;: …, &quot;en&quot;: …}.</source>
        <translation>指定がありません。{&quot;ja&quot;: …, &quot;en&quot;: …} の形で指定してください。</translation>
    </message>
    <message>
        <source>a name in Japanese or English is needed.</source>
        <translation>日本語または英語の名前が必要です。</translation>
    </message>
    <message>
        <source>conditions are nested more than %1 deep.</source>
        <translation>条件の入れ子が %1 段を超えています。</translation>
    </message>
    <message>
        <source>give exactly one of “all”, “any”, “not” or “field”.</source>
        <translation>「all」「any」「not」「field」のいずれか一つだけを指定してください。</translation>
    </message>
    <message>
        <source>expected a list ([…]) of conditions.</source>
        <translation>条件のリスト（[…]）が必要です。</translation>
    </message>
    <message>
        <source>a group needs at least one condition.</source>
        <translation>グループには条件が一つ以上必要です。</translation>
    </message>
    <message>
        <source>%1 is not a field; use one of: %2.</source>
        <translation>%1 という項目はありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>%1 cannot be used with the field %2; use one of: %3.</source>
        <translation>%1 は項目 %2 には使えません。次のいずれかを指定してください: %3。</translation>
    </message>
    <message>
        <source>missing; give a number of years.</source>
        <translation>指定がありません。年数を指定してください。</translation>
    </message>
    <message>
        <source>only fields with a set of values take “values”.</source>
        <translation>「values」を指定できるのは、選択肢のある項目だけです。</translation>
    </message>
    <message>
        <source>this field takes no “value”.</source>
        <translation>この項目には「value」を指定できません。</translation>
    </message>
    <message>
        <source>missing; give {&quot;years&quot;: Y, &quot;months&quot;: M}.</source>
        <translation>指定がありません。{&quot;years&quot;: 年, &quot;months&quot;: 月} の形で指定してください。</translation>
    </message>
    <message>
        <source>give “years”, “months” or both.</source>
        <translation>「years」「months」のどちらか、または両方を指定してください。</translation>
    </message>
    <message>
        <source>missing; give a list of values.</source>
        <translation>指定がありません。値のリストを指定してください。</translation>
    </message>
    <message>
        <source>expected a list ([…]) of values.</source>
        <translation>値のリスト（[…]）が必要です。</translation>
    </message>
    <message>
        <source>give at least one value.</source>
        <translation>値を一つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a value of %2; use one of: %3.</source>
        <translation>%1 は%2の値ではありません。次のいずれかを指定してください: %3。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 が重複しています。</translation>
    </message>
    <message>
        <source>%1 is not a valid key: use 1–40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>%1 はキーに使えません。英小文字で始まる 1〜40 文字の英小文字・数字・下線にしてください。</translation>
    </message>
    <message>
        <source>missing; give a list of rules.</source>
        <translation>指定がありません。ルールのリストを指定してください。</translation>
    </message>
    <message>
        <source>expected a list ([…]) of rules.</source>
        <translation>ルールのリスト（[…]）が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use 1–40 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>%1 は ID に使えません。英小文字で始まる 1〜40 文字の英小文字・数字・下線にしてください。</translation>
    </message>
    <message>
        <source>the id %1 is used by another rule of this set.</source>
        <translation>ID %1 はこのルールセットの別のルールで使われています。</translation>
    </message>
    <message>
        <source>%1 is not an outcome; use “blocks” or “needs_review”.</source>
        <translation>%1 は判定結果として使えません。「blocks」か「needs_review」を指定してください。</translation>
    </message>
    <message>
        <source>missing; give the condition the rule checks.</source>
        <translation>指定がありません。ルールで確認する条件を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The rules are not valid: %n problem(s).</source>
        <translation>
            <numerusform>ルールに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3.</source>
        <translation>%1 行 %2 列目が JSON として正しくありません: %3。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with “format” and “rule_sets”.</source>
        <translation>ファイルには「format」と「rule_sets」を持つ JSON オブジェクトが一つ必要です。</translation>
    </message>
    <message>
        <source>%1 is not an AlumniDesk rules file (expected %2).</source>
        <translation>%1 は AlumniDesk のルールファイルではありません（%2 が必要です）。</translation>
    </message>
    <message>
        <source>version %1 is not supported; this AlumniDesk reads version %2.</source>
        <translation>第 %1 版には対応していません。この AlumniDesk が読めるのは第 %2 版です。</translation>
    </message>
    <message>
        <source>missing; give a list of rule sets.</source>
        <translation>指定がありません。ルールセットのリストを指定してください。</translation>
    </message>
    <message>
        <source>expected a list ([…]) of rule sets.</source>
        <translation>ルールセットのリスト（[…]）が必要です。</translation>
    </message>
    <message>
        <source>the key %1 appears twice in this file.</source>
        <translation>キー %1 がこのファイルに二度出てきます。</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>在籍期間</translation>
    </message>
    <message>
        <source>Total tenure</source>
        <translation>通算在籍期間</translation>
    </message>
    <message>
        <source>Time since departure</source>
        <translation>退職後の経過期間</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>グループ会社</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>会員ステータス</translation>
    </message>
    <message>
        <source>Misconduct flag</source>
        <translation>懲戒・不正行為フラグ</translation>
    </message>
    <message>
        <source>Do-not-rehire flag</source>
        <translation>再雇用不可フラグ</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>メールマガジン配信の同意</translation>
    </message>
    <message>
        <source>Event consent</source>
        <translation>イベント案内の同意</translation>
    </message>
    <message>
        <source>Job offer consent</source>
        <translation>求人案内の同意</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Blocks (not eligible)</source>
        <translation>不可（対象外）</translation>
    </message>
    <message>
        <source>Version %1 of a stored rule set cannot be read.</source>
        <translation>保存されているルールセットの第%1版を読み込めません。</translation>
    </message>
    <message>
        <source>There is no rule set “%1”; the rule sets are: %2.</source>
        <translation>ルールセット「%1」はありません。ルールセットは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>Version %1 of the rule set does not exist.</source>
        <translation>ルールセットの第%1版はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>How a duration of years and months is written: &quot;3 years 2 months&quot;; in Japanese without a space.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n歳</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster revision could not be read.</source>
        <translation>名簿の更新番号を読み込めません。</translation>
    </message>
    <message>
        <source>The rule set to delete no longer exists.</source>
        <translation>削除しようとしたルールセットはもうありません。</translation>
    </message>
    <message>
        <source>The rule set “%1” is built in and cannot be deleted; edit its rules instead.</source>
        <translation>ルールセット「%1」は標準のルールセットのため削除できません。ルールを編集してください。</translation>
    </message>
    <message>
        <source>rule set “%1” deleted</source>
        <translation>ルールセット「%1」の削除による終了</translation>
    </message>
</context>
<context>
    <name>EligibilityHtml</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>資格判定</translation>
    </message>
    <message>
        <source>Override by %1 on %2 (rules say: %3)</source>
        <translation>例外設定（%2、%1）ルールによる判定: %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Expires after %1</source>
        <translation>有効期限: %1まで</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Rule set version %1 of %2, as of %3</source>
        <translation>ルールセット 第%1版（%2）、基準日 %3</translation>
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
    <message>
        <source>%1 people imported from %2</source>
        <translation>%2 から %1 人を取り込みました</translation>
    </message>
    <message>
        <source>“%1” has changed since it was checked: nothing was imported. Check the file again, then import it.</source>
        <translation>「%1」は確認の後に変更されています。インポートは行っていません。ファイルをもう一度確認してからインポートしてください。</translation>
    </message>
    <message>
        <source>SHA-256 when checked: %1; now: %2</source>
        <translation>確認時の SHA-256: %1、現在: %2</translation>
    </message>
    <message>
        <source>Someone added alumni to the roster while the import began: nothing was imported. Import the file again.</source>
        <translation>インポートの開始中に、ほかの操作で名簿にアルムナイが追加されました。何もインポートしていません。もう一度ファイルをインポートしてください。</translation>
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
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
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
    <message>
        <source>The import could not be rolled back.</source>
        <translation>取り込みを元に戻せませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportIssueList</name>
    <message>
        <source>The list of problems could not be kept in a temporary file.</source>
        <translation>問題の一覧を一時ファイルに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportPhase</name>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>名簿と照合しています…</translation>
    </message>
    <message>
        <source>Working out the changes, person by person…</source>
        <translation>変更内容を一人ずつ確認しています…</translation>
    </message>
    <message>
        <source>Writing the changes, person by person…</source>
        <translation>変更を一人ずつ書き込んでいます…</translation>
    </message>
    <message>
        <source>Rebuilding the indexes and the search index…</source>
        <translation>索引と検索インデックスを再構築しています…</translation>
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
    <message>
        <source>Employee ID %1 already appears on line %2, whose hire date could not be read: this may be the same employment twice. Correct line %2, then import both rows again.</source>
        <translation>社員番号 %1 は %2 行目にもありますが、その行の入社日を読み取れなかったため、同じ在籍期間の重複かもしれません。%2 行目を修正してから、両方の行を取り込み直してください。</translation>
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
    <name>ImportStaging</name>
    <message>
        <source>The file&apos;s rows could not be compared.</source>
        <translation>ファイルの行を照合できませんでした。</translation>
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
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Value (%)</source>
        <translation>値（%）</translation>
    </message>
    <message>
        <source>Value (days)</source>
        <translation>値（日）</translation>
    </message>
    <message>
        <source>Value (months)</source>
        <translation>値（か月）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>コホート</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The eligibility KPIs cannot be computed on this kind of database.</source>
        <translation>この種類のデータベースでは、資格判定のKPIを計算できません。</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Rule set “%1”, version %2, as of %3.</source>
        <translation>ルールセット「%1」第%2版、基準日 %3。</translation>
    </message>
    <message>
        <source>Eligible under the rule set</source>
        <translation>資格判定の対象者数</translation>
    </message>
    <message>
        <source>Alumni whose verdict under the chosen rule set (Rehire unless another is chosen) is Eligible on the last day of the period, or on the as-of date when the period reaches it; an override in force on that day (set by then, not revoked by then, not expired) takes the place of the computed verdict, as in the eligibility window. Alumni are the people with a departure on or before that day; department and departure type are those of the latest stint. Each day is judged by the rule-set version in force on it (the first version for days before it was saved) applied to the records as they are today, with tenure, age and months since departure counted as of that day. The change compares with the last day of the previous period.</source>
        <translation>選択したルールセット（指定がなければ「再雇用」）での判定が、期間の末日（期間が基準日を含む場合は基準日）に「対象」であるアルムナイの数です。その日に有効な例外設定（その日までに設定され、取り消されておらず、期限切れでないもの）は、資格判定の画面と同じく計算上の判定に優先します。アルムナイとは、その日以前に退職日がある人です。所属と退職区分は最新の在籍期間のものです。各日は、その日に有効だったルールセットの版（最初の版の保存日より前の日は最初の版）を現在の記録に当てはめて判定し、在籍期間・年齢・退職後の月数はその日時点で数えます。増減は前の期間の末日との比較です。</translation>
    </message>
    <message>
        <source>Share of alumni eligible under the rule set</source>
        <translation>資格判定の対象者の割合</translation>
    </message>
    <message>
        <source>Of the alumni on the last day of the period (or the as-of date when the period reaches it), the share whose verdict under the chosen rule set is Eligible, overrides in force applied; the people and the verdicts are those of Eligible under the rule set. The change is in percentage points against the last day of the previous period.</source>
        <translation>期間の末日（期間が基準日を含む場合は基準日）のアルムナイのうち、選択したルールセットでの判定（有効な例外設定を反映）が「対象」である人の割合です。対象となる人と判定は「資格判定の対象者数」と同じです。増減は前の期間の末日とのポイント差です。</translation>
    </message>
    <message>
        <source>Candidacies by stage</source>
        <translation>選考段階別の候補数</translation>
    </message>
    <message>
        <source>Candidacies that were in the pipeline at some time during the period (added by its last day and not closed before its first), by the stage they are in today, in the order of the stages. Stages up to Offer are open; Rehired, Declined, Not selected and On hold close a candidacy, and closed candidacies count like the others. A person in two candidacies counts twice. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation>期間中のいずれかの時点で選考中だった候補（期間の末日までに追加され、初日より前に終了していないもの）を、現在の選考段階別に段階の順で数えます。オファーまでの段階は選考中、入社・辞退・不採用・保留は候補を終了する段階で、終了した候補もほかと同じく数えます。2件の候補がある人は2件と数えます。所属と退職区分はその人の最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation>選考ファネル</translation>
    </message>
    <message>
        <source>For each stage from Interested to Rehired, in order: the candidacies that reached it during the period (added at it or moved into it; a move that was undone does not count). A candidacy that reached a stage twice counts once; one that skipped a stage is not counted at it. The value is the candidacies that reached Rehired. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation>関心ありから入社までの各段階について、期間中にその段階に達した候補の数です（その段階で追加されたか、その段階へ移動したもの。取り消された移動は数えません）。同じ段階に2回達した候補は1件、段階を飛ばした候補はその段階では数えません。値は入社に達した候補の数です。所属と退職区分はその人の最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>Conversion between stages</source>
        <translation>段階間の移行率</translation>
    </message>
    <message>
        <source>For each stage of the funnel but the last: of the candidacies that reached it during the period (see Pipeline funnel), the share that went on to the next stage or one after it by the last day of the period, in percent. Skipping a stage counts as passing through it; a candidacy that was declined or not selected did not go on. The value is the share of those that reached the first stage and went on to Rehired.</source>
        <translation>ファネルの最後を除く各段階について、期間中にその段階に達した候補（選考ファネルを参照）のうち、期間の末日までに次の段階またはそれより先の段階へ進んだ割合（％）です。段階を飛ばした場合は通過したものとみなし、辞退・不採用となった候補は進まなかったものとします。値は最初の段階に達した候補のうち入社まで進んだ割合です。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Median time in stage</source>
        <translation>段階の滞留日数（中央値）</translation>
    </message>
    <message>
        <source>For each open stage (Interested to Offer): the stays in it that ended during the period, when the candidacy moved on, back or out; a stay is the days from the date it entered the stage to the date it left. The bars are the median per stage, the value the median over every stay. Stays still going on are not counted; an undone move neither starts nor ends a stay.</source>
        <translation>選考中の各段階（関心ありからオファーまで）について、候補が次へ進む・戻る・終了することで期間中に終わった滞留を対象に、その段階に入った日から出た日までの日数を数えます。棒は段階ごとの中央値、値はすべての滞留の中央値です。継続中の滞留は数えず、取り消された移動は滞留の始まりにも終わりにもなりません。</translation>
    </message>
    <message>
        <source>Candidacies by source</source>
        <translation>経路別の候補数</translation>
    </message>
    <message>
        <source>Candidacies added during the period, by how they came: applied, HR outreach, referral by another alumnus, or an event. Closed candidacies count like the others; a person in two candidacies counts twice. Department and departure type are those of the person&apos;s latest stint.</source>
        <translation>期間中に追加された候補を経路別（本人の応募、人事からの声かけ、ほかのアルムナイからの紹介、イベント）に数えます。終了した候補もほかと同じく数え、2件の候補がある人は2件と数えます。所属と退職区分はその人の最新の在籍期間のものです。</translation>
    </message>
    <message>
        <source>The roster could not be read for the KPIs.</source>
        <translation>KPI を集計するための名簿を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>No figures in this period.</source>
        <translation>この期間の数値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the chart&apos;s CSV export)</source>
        <translation>
            <numerusform>…ほか%n件（すべての項目はグラフのCSVエクスポートにあります）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>コホート</translation>
    </message>
    <message>
        <source>%1 against the previous period (%2: %3)</source>
        <translation>前期間比 %1（前期間 %2: %3）</translation>
    </message>
    <message>
        <source>No figure for the previous period (%1) to compare with.</source>
        <translation>比較する前期間（%1）の数値がありません。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2人中%1人</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>KPIレポート</translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation>計算できませんでした: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比較対象の期間</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>Departure type</source>
        <translation>退職区分</translation>
    </message>
    <message>
        <source>All departure types</source>
        <translation>すべての退職区分</translation>
    </message>
    <message>
        <source>Eligibility rule set</source>
        <translation>再雇用適格性のルールセット</translation>
    </message>
    <message>
        <source>Default (rehire)</source>
        <translation>既定（再雇用）</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>データ基準日</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名簿ファイル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more KPIs on the following pages</source>
        <translation>
            <numerusform>…ほか%n件のKPIは次ページ以降にあります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · データ基準日 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
    <message>
        <source>The report could not be drawn: the printer or file is not ready.</source>
        <translation>レポートを描画できませんでした。プリンターまたはファイルの準備ができていません。</translation>
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
    <name>Pipeline</name>
    <message>
        <source>The candidacy was not added:</source>
        <translation>候補者を追加できませんでした：</translation>
    </message>
    <message>
        <source>There is no candidacy %1.</source>
        <translation>候補 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no such stage to start in.</source>
        <translation>開始する選考段階がありません。</translation>
    </message>
    <message>
        <source>A new candidacy starts in an in-progress stage before the interviews (“%1” is not one).</source>
        <translation>新しい候補者は面接より前の選考中の段階から始めます（「%1」は該当しません）。</translation>
    </message>
    <message>
        <source>There is no alumnus %1.</source>
        <translation>アルムナイ %1 はいません。</translation>
    </message>
    <message>
        <source>%1 has withdrawn from the alumni network.</source>
        <translation>%1 さんはアルムナイネットワークを退会しています。</translation>
    </message>
    <message>
        <source>A person cannot refer themselves.</source>
        <translation>本人を紹介者にすることはできません。</translation>
    </message>
    <message>
        <source>There is no opening %1.</source>
        <translation>求人 %1 はありません。</translation>
    </message>
    <message>
        <source>The opening “%1” is not open.</source>
        <translation>求人「%1」は募集中ではありません。</translation>
    </message>
    <message>
        <source>%1 is already in the pipeline for this opening (candidacy %2).</source>
        <translation>%1 さんはこの求人で選考中です（候補 %2）。</translation>
    </message>
    <message>
        <source>The offer was not saved:</source>
        <translation>オファー条件を保存できませんでした：</translation>
    </message>
    <message>
        <source>A salary cannot be negative.</source>
        <translation>年収にマイナスは指定できません。</translation>
    </message>
    <message>
        <source>The follow-up was not recorded:</source>
        <translation>定着フォローを記録できませんでした：</translation>
    </message>
    <message>
        <source>The date of a follow-up cannot be in the future.</source>
        <translation>定着フォローの実施日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>定着フォロー %1 はありません。</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Share of the opening&apos;s required skills the person lists.</source>
        <translation>求人の必須スキルのうち本人が持つものの割合。</translation>
    </message>
    <message>
        <source>Rehire verdict</source>
        <translation>再雇用の判定</translation>
    </message>
    <message>
        <source>Eligible scores in full, not yet assessed about half, needs review a little; Not eligible people are left out.</source>
        <translation>「対象」は満点、「未判定」は約半分、「要確認」はわずか。「対象外」の人は除外します。</translation>
    </message>
    <message>
        <source>Department and position</source>
        <translation>部署・役職</translation>
    </message>
    <message>
        <source>Worked in the opening&apos;s department; held its title or grade before.</source>
        <translation>求人の部署での在籍経験、同じ職種・等級の経験。</translation>
    </message>
    <message>
        <source>Time since leaving</source>
        <translation>退職からの期間</translation>
    </message>
    <message>
        <source>Full within three years of leaving, falling to nothing at ten years.</source>
        <translation>退職後3年以内は満点、10年で0点まで下がります。</translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation>最近の接点</translation>
    </message>
    <message>
        <source>Last contact within six months, a year or two years.</source>
        <translation>最後の接点が6か月以内・1年以内・2年以内か。</translation>
    </message>
    <message>
        <source>Consent to job offers</source>
        <translation>求人案内への同意</translation>
    </message>
    <message>
        <source>Agreed to hear about job openings.</source>
        <translation>求人案内の受け取りに同意している。</translation>
    </message>
    <message>
        <source>The alumni to match could not be read.</source>
        <translation>マッチング対象のアルムナイを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The opening lists no required skills.</source>
        <translation>この求人には必須スキルが登録されていません。</translation>
    </message>
    <message>
        <source>Lists none of the %1 required skills.</source>
        <translation>必須スキル %1 件のいずれも持っていません。</translation>
    </message>
    <message>
        <source>Lists %1 of %2 required skills: %3.</source>
        <translation>必須スキル %2 件中 %1 件を保有：%3。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>不足：%1。</translation>
    </message>
    <message>
        <source>Worked in %1, the opening&apos;s department.</source>
        <translation>求人の部署である %1 に在籍していました。</translation>
    </message>
    <message>
        <source>Never worked in %1.</source>
        <translation>%1 での在籍経験はありません。</translation>
    </message>
    <message>
        <source>Held %1 before, as the opening asks.</source>
        <translation>求人と同じ %1 の経験があります。</translation>
    </message>
    <message>
        <source>The opening names no department, title or grade to compare.</source>
        <translation>この求人には比較する部署・職種・等級がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Left %n month(s) ago (%1).</source>
        <translation>
            <numerusform>%n か月前に退職（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No departure date is recorded.</source>
        <translation>退職日が登録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n month(s) ago (%1).</source>
        <translation>
            <numerusform>最後の接点は %n か月前（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact has been recorded.</source>
        <translation>接点の記録がありません。</translation>
    </message>
    <message>
        <source>Has not agreed to hear about job openings.</source>
        <translation>求人案内の受け取りに同意していません。</translation>
    </message>
    <message>
        <source>The opening was not saved:</source>
        <translation>求人を保存できませんでした：</translation>
    </message>
    <message>
        <source>An opening needs a title.</source>
        <translation>求人には職種名が必要です。</translation>
    </message>
    <message>
        <source>The openings could not be read.</source>
        <translation>求人を読み込めませんでした。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>選考中</translation>
    </message>
    <message>
        <source>Rehired</source>
        <translation>入社</translation>
    </message>
    <message>
        <source>Declined by the candidate</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>募集中</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>募集終了</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>本人応募</translation>
    </message>
    <message>
        <source>HR outreach</source>
        <translation>人事からの声かけ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>リファラル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>A rehire needs a start date.</source>
        <translation>再入社には入社日が必要です。</translation>
    </message>
    <message>
        <source>%1 already works here again since %2; one person cannot be rehired into two openings at once.</source>
        <translation>%1 さんは %2 から再入社済みです。同じ人を同時に二つの求人で再雇用することはできません。</translation>
    </message>
    <message>
        <source>The start date %1 is not after the last departure (%2).</source>
        <translation>入社日 %1 が前回の退職日（%2）より後ではありません。</translation>
    </message>
    <message>
        <source>The new employment stint could not be found after saving it.</source>
        <translation>保存した新しい在籍期間が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The rehire cannot be undone: a follow-up has already been recorded.</source>
        <translation>再入社を取り消せません：定着フォローがすでに記録されています。</translation>
    </message>
    <message>
        <source>The rehire cannot be undone: the new stint already has a departure date.</source>
        <translation>再入社を取り消せません：新しい在籍期間にすでに退職日があります。</translation>
    </message>
    <message>
        <source>HR has marked this person as not to be rehired.</source>
        <translation>人事が再雇用不可としています。</translation>
    </message>
    <message>
        <source>The last departure was disciplinary.</source>
        <translation>前回の退職は懲戒によるものです。</translation>
    </message>
    <message>
        <source>HR has recorded a matter that needs review before a rehire.</source>
        <translation>再雇用の前に確認が必要な事項を人事が記録しています。</translation>
    </message>
    <message>
        <source>No eligibility rule has been applied; no HR flag stands against a rehire.</source>
        <translation>再雇用ルールはまだ適用されていません。再雇用を妨げる人事フラグはありません。</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>There is no such pipeline stage.</source>
        <translation>その選考段階はありません。</translation>
    </message>
    <message>
        <source>The candidacy is already in the stage “%1”.</source>
        <translation>この候補者はすでに「%1」にいます。</translation>
    </message>
    <message>
        <source>The stage “%1” is no longer in use.</source>
        <translation>選考段階「%1」は現在使われていません。</translation>
    </message>
    <message>
        <source>This candidacy ended in a rehire and cannot move on; undo the rehire if it was recorded by mistake.</source>
        <translation>この候補者は入社済みのため移動できません。誤って記録した場合は入社を取り消してください。</translation>
    </message>
    <message>
        <source>The rehire verdict is Not eligible (%1). Moving to “%2” needs a reason for overriding it.</source>
        <translation>再雇用の判定は「対象外」です（%1）。「%2」へ進めるには、判定を覆す理由が必要です。</translation>
    </message>
    <message>
        <source>Closing a candidacy as “%1” needs a reason.</source>
        <translation>「%1」で選考を終えるには理由が必要です。</translation>
    </message>
    <message>
        <source>This person already has an open candidacy (%1) for the same opening.</source>
        <translation>この人は同じ求人ですでに選考中です（候補 %1）。</translation>
    </message>
    <message>
        <source>The candidacy was not moved:</source>
        <translation>選考段階を移動できませんでした：</translation>
    </message>
    <message>
        <source>There is no move %1.</source>
        <translation>移動 %1 はありません。</translation>
    </message>
    <message>
        <source>The move was not undone:</source>
        <translation>移動を取り消せませんでした：</translation>
    </message>
    <message>
        <source>Adding a candidacy is not a move; close it with a reason instead.</source>
        <translation>候補者の追加は移動ではないため取り消せません。理由を添えて選考を終了してください。</translation>
    </message>
    <message>
        <source>This move already undid another; move the candidacy again instead.</source>
        <translation>この移動は別の移動の取り消しです。取り消す代わりに、もう一度移動してください。</translation>
    </message>
    <message>
        <source>Only the latest move of a candidacy can be undone.</source>
        <translation>取り消せるのは候補者の最新の移動だけです。</translation>
    </message>
    <message>
        <source>The candidacy is no longer where that move put it.</source>
        <translation>候補者はすでにその移動先の段階にいません。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>The stage was not saved:</source>
        <translation>選考段階を保存できませんでした：</translation>
    </message>
    <message>
        <source>The pipeline stages could not be read.</source>
        <translation>選考段階を読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is no pipeline stage %1.</source>
        <translation>選考段階 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no pipeline stage “%1”.</source>
        <translation>選考段階「%1」はありません。</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>選考段階：%1</translation>
    </message>
    <message>
        <source>A stage needs a key and a name in Japanese and in English.</source>
        <translation>選考段階にはキーと、日本語・英語の名前が必要です。</translation>
    </message>
    <message>
        <source>Only an in-progress stage can leave a candidacy open.</source>
        <translation>候補者を選考中のままにできるのは、進行中の段階だけです。</translation>
    </message>
    <message>
        <source>A closing stage must say how the candidacy ended.</source>
        <translation>終了段階には選考の結果（入社・辞退・不採用・保留）を指定してください。</translation>
    </message>
    <message>
        <source>Another stage already has the key or name “%1”.</source>
        <translation>キーまたは名前「%1」は別の選考段階で使われています。</translation>
    </message>
    <message numerus="yes">
        <source>%n open candidacies are in the stage “%1”; move them first.</source>
        <translation>
            <numerusform>選考中の候補者 %n 人が「%1」にいます。先に移動してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>Annual salary</source>
        <translation>年収</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職種・役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <source>The salary was not saved:</source>
        <translation>年収を保存できませんでした：</translation>
    </message>
    <message>
        <source>There is no employment stint %1.</source>
        <translation>在籍期間 %1 はありません。</translation>
    </message>
    <message>
        <source>as the rule set “%1” (version %2) decided</source>
        <translation>ルールセット「%1」（第%2版）の判定による</translation>
    </message>
    <message>
        <source>set by an override: %1</source>
        <translation>例外設定による：%1</translation>
    </message>
    <message>
        <source>every rule of “%1” is met</source>
        <translation>「%1」のルールをすべて満たしています</translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation>選考段階「%1」：%2</translation>
    </message>
    <message>
        <source>The stage “%1” no longer exists.</source>
        <translation>選考段階「%1」はすでに存在しません。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>何も保存していません：%1</translation>
    </message>
    <message>
        <source>Candidacy %1 has history since it was added (moves or follow-ups); it is kept. Close it with a reason instead.</source>
        <translation>候補 %1 には追加後の履歴（ステージ移動またはフォローアップ）があるため、取り消さずに残します。理由を添えてクローズしてください。</translation>
    </message>
    <message>
        <source>adding it was undone</source>
        <translation>追加を取り消し</translation>
    </message>
    <message>
        <source>talent pool</source>
        <translation>タレントプール</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage · opening</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The opening “%1” already has candidacies; it is kept. Close it instead.</source>
        <translation>求人「%1」には既に候補が登録されているため、取り消さずに残します。代わりに求人をクローズしてください。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Talent pool</source>
        <translation>タレントプール</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>この段階で %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>期限超過 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当：%1</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>Move %1</source>
        <translation>移動 %1</translation>
    </message>
    <message>
        <source>It was changed elsewhere (another window or program) since: reopen it and edit again.</source>
        <translation>その後、別のウィンドウまたはプログラムで変更されています。開き直してから編集してください。</translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation>変更を反映できませんでした</translation>
    </message>
    <message>
        <source>Add %1 to the talent pool</source>
        <translation>%1 をタレントプールに追加</translation>
    </message>
    <message>
        <source>Add %1 to the pipeline for “%2”</source>
        <translation>%1 を「%2」の選考に追加</translation>
    </message>
    <message>
        <source>No roster is open.</source>
        <translation>名簿が開かれていません。</translation>
    </message>
    <message>
        <source>Edit the candidacy of %1</source>
        <translation>%1 の候補情報を編集</translation>
    </message>
    <message>
        <source>New opening “%1”</source>
        <translation>求人「%1」を追加</translation>
    </message>
    <message>
        <source>Edit opening “%1”</source>
        <translation>求人「%1」を編集</translation>
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
    <message>
        <source>Unknown employment type; map it to one of the roster&apos;s types: in the import window with Map Values…, on the command line in a mapping profile given with --profile.</source>
        <translation>不明な雇用形態です。名簿の雇用形態のいずれかに割り当ててください（インポート画面では「値の対応付け…」、コマンドラインでは --profile で指定するマッピングプロファイルで設定します）。</translation>
    </message>
    <message>
        <source>Unknown departure type; map it to one of the roster&apos;s types: in the import window with Map Values…, on the command line in a mapping profile given with --profile.</source>
        <translation>不明な退職区分です。名簿の退職区分のいずれかに割り当ててください（インポート画面では「値の対応付け…」、コマンドラインでは --profile で指定するマッピングプロファイルで設定します）。</translation>
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
    <message>
        <source>Employee %1 has an unknown membership status “%2”; nothing was loaded.</source>
        <translation>社員番号 %1 の会員ステータス「%2」は登録されていない値です。何も読み込んでいません。</translation>
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
    <message>
        <source>Eligibility</source>
        <translation>資格判定</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>選考中</translation>
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
    <name>UpgradeTask</name>
    <message>
        <source>Upgrading “%1” for this version of AlumniDesk…
A copy of the file is kept first. This is done once and can take a minute for a large roster.</source>
        <translation>「%1」をこのバージョンの AlumniDesk 用に更新しています…
更新前にファイルのコピーを保存します。更新は一度だけで、大きな名簿では1分ほどかかることがあります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Upgrading the roster</source>
        <translation>名簿ファイルの更新</translation>
    </message>
    <message>
        <source>Cancelling; the file stays as it was…</source>
        <translation>キャンセルしています。ファイルは元のまま残ります…</translation>
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
    <name>alumnidesk::ui::AddToPipelineDialog</name>
    <message>
        <source>Add to Pipeline</source>
        <translation>選考に追加</translation>
    </message>
    <message>
        <source>Talent pool (no opening yet)</source>
        <translation>タレントプール（求人なし）</translation>
    </message>
    <message>
        <source>[alumni only]</source>
        <translation>［アルムナイ限定］</translation>
    </message>
    <message>
        <source>e.g. アルムナイ交流会 2025</source>
        <translation>例：アルムナイ交流会 2025</translation>
    </message>
    <message>
        <source>Put %1 in the rehire pipeline.</source>
        <translation>%1 さんを再雇用の選考に追加します。</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>求人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>経路(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>次のアクション(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D)：</translation>
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
    <name>alumnidesk::ui::BreakdownChart</name>
    <message>
        <source>The breakdown to show</source>
        <translation>表示する内訳</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::CandidacyDialog</name>
    <message>
        <source>Candidacy</source>
        <translation>候補者の詳細</translation>
    </message>
    <message>
        <source>e.g. Call to arrange the second interview</source>
        <translation>例：二次面接の日程調整の電話</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>次のアクション(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>メモ(&amp;T)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移動前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>移動後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Stage History</source>
        <translation>選考履歴</translation>
    </message>
    <message>
        <source>Offer and Terms</source>
        <translation>待遇比較</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>定着フォロー</translation>
    </message>
    <message>
        <source>Candidacy %1</source>
        <translation>候補 %1</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>タレントプール</translation>
    </message>
    <message>
        <source>Employee ID %1</source>
        <translation>社員番号 %1</translation>
    </message>
    <message>
        <source>Opening: %1</source>
        <translation>求人：%1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>選考段階：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>経路：%1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>イベント：%1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>%1 に選考終了</translation>
    </message>
    <message>
        <source>Start date %1</source>
        <translation>入社日 %1</translation>
    </message>
    <message>
        <source>Rehire verdict: %1</source>
        <translation>再雇用の判定：%1</translation>
    </message>
    <message>
        <source>Override of the rehire verdict: %1</source>
        <translation>再雇用の判定を覆して進める：%1</translation>
    </message>
    <message>
        <source>Undo of an earlier move</source>
        <translation>前の移動の取り消し</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（取り消し済み）</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>The due date is not a date: %1</source>
        <translation>期限が日付になっていません：%1</translation>
    </message>
    <message>
        <source>The offered salary must be a whole number of yen.</source>
        <translation>提示年収は円単位の整数で入力してください。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::CandidacyListModel</name>
    <message>
        <source>Talent pool</source>
        <translation>タレントプール</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>選考段階</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>求人</translation>
    </message>
    <message>
        <source>Last position</source>
        <translation>退職時の所属・役職</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>滞留日数</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ChartExport</name>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>グラフをPNGでエクスポート…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>データをCSVでエクスポート…</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>グラフをPNGでエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>データをCSVでエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::ConditionEditor</name>
    <message>
        <source>ALL of (AND)</source>
        <translation>すべて満たす（AND）</translation>
    </message>
    <message>
        <source>ANY of (OR)</source>
        <translation>いずれかを満たす（OR）</translation>
    </message>
    <message>
        <source>NOT</source>
        <translation>否定（NOT）</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>条件を追加(&amp;C)</translation>
    </message>
    <message>
        <source>Add AND Group</source>
        <translation>AND グループを追加</translation>
    </message>
    <message>
        <source>Add OR Group</source>
        <translation>OR グループを追加</translation>
    </message>
    <message>
        <source>AND ⇄ OR</source>
        <translation>AND ⇄ OR 切替</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Negate the selected condition or group (or remove its NOT)</source>
        <translation>選択した条件またはグループを否定します（否定済みなら NOT を外します）</translation>
    </message>
    <message>
        <source>Switch the selected group between ALL (AND) and ANY (OR)</source>
        <translation>選択したグループを「すべて満たす（AND）」と「いずれかを満たす（OR）」で切り替えます</translation>
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
    <message>
        <source>Eligibility &amp;Override…</source>
        <translation>例外設定(&amp;O)…</translation>
    </message>
    <message>
        <source>Set or revoke a manual eligibility verdict for this person</source>
        <translation>この人の資格判定を手動で設定・取り消します</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::EligibilityActions</name>
    <message>
        <source>Set Eligibility &amp;Override…</source>
        <translation>資格判定の例外設定(&amp;O)…</translation>
    </message>
    <message>
        <source>Eligibility &amp;Rules…</source>
        <translation>資格判定ルール(&amp;R)…</translation>
    </message>
    <message>
        <source>Decide network membership or rehire for the selected alumnus by hand, with a reason</source>
        <translation>選択したアルムナイのネットワーク参加・再雇用の判定を、理由を添えて手動で決めます</translation>
    </message>
    <message>
        <source>Edit who is eligible for the alumni network, rehire and other programmes</source>
        <translation>アルムナイネットワーク、再雇用などの対象者の条件を編集します</translation>
    </message>
    <message>
        <source>Eligibility Override</source>
        <translation>資格判定の例外設定</translation>
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
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>The rule set of the eligibility column and filter</source>
        <translation>資格判定の列と絞り込みに使うルールセット</translation>
    </message>
    <message>
        <source>Show only people with this verdict (an override in force counts)</source>
        <translation>この判定の人だけを表示します（有効な例外設定を含みます）</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>資格判定:</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>選考中のみ</translation>
    </message>
    <message>
        <source>Show only people with an open candidacy in the rehire pipeline</source>
        <translation>再雇用の選考が進行中の人だけを表示します</translation>
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
    <name>alumnidesk::ui::FollowUpsPanel</name>
    <message>
        <source>Follow-ups at 1, 3 and 6 months are scheduled when the candidacy is moved to the rehired stage.</source>
        <translation>「入社」に移動すると、1・3・6か月後の定着フォローが予定されます。</translation>
    </message>
    <message>
        <source>&amp;Record Follow-up…</source>
        <translation>フォローを記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Record Follow-up</source>
        <translation>定着フォローの記録</translation>
    </message>
    <message>
        <source>How is it going? (note for the record)</source>
        <translation>様子はいかがですか（記録用のメモ）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月後</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>due</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>定着フォローを記録できませんでした</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::FunnelChart</name>
    <message>
        <source>No candidacies in the period</source>
        <translation>期間内の候補はありません</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
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
        <source>Ready: %Ln rows read. Press Import to apply these changes in one step; you can roll the import back later in File &gt; Import History.</source>
        <translation>
            <numerusform>準備ができました（%Ln 行を読み込み）。「インポート」を押すと、これらの変更を一括で反映します。後から［ファイル］＞［インポート履歴］で取り消せます。</numerusform>
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
    <message>
        <source>New people (the first %1 of %2)</source>
        <translation>新規（%2人中、先頭の%1人）</translation>
    </message>
    <message>
        <source>Updates (the first %1 of %2 people)</source>
        <translation>更新内容（%2人中、先頭の%1人）</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 new people</source>
        <translation>新規%2人のうち先頭の%1人を表示</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 updated people</source>
        <translation>更新%2人のうち先頭の%1人を表示</translation>
    </message>
    <message>
        <source>A sample: %1. The counts above and the problems are complete; the import applies every change.</source>
        <translation>一部のみ表示しています（%1）。上の件数と問題の一覧はすべての行を含み、インポートではすべての変更が反映されます。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>除外した行を保存しています…</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 problems, %3 more are not listed (Save Rejected Rows writes every rejected row with its reasons)</source>
        <translation>問題%2件のうち先頭の%1件を表示（残り%3件は一覧にありません。「除外した行を保存」で、除外したすべての行を理由とともに保存できます）</translation>
    </message>
    <message>
        <source>A sample: %1. The counts above are complete; the import applies every change.</source>
        <translation>一部のみ表示しています：%1。上の件数はすべての行を含み、インポートではすべての変更が反映されます。</translation>
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
        <source>%Ln rows with errors were left out.</source>
        <translation>
            <numerusform>エラーのある %Ln 行は取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>To undo this import, use File &gt; Import History.</source>
        <translation>このインポートを取り消すには、［ファイル］＞［インポート履歴］を使います。</translation>
    </message>
    <message>
        <source>Importing “%1”: %2</source>
        <translation>「%1」をインポートしています: %2</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alumni behind the figure</source>
        <translation>
            <numerusform>この数値の対象者: %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Rehire rules</source>
        <translation>再雇用</translation>
    </message>
    <message>
        <source>The eligibility rule set the eligibility figures use</source>
        <translation>資格判定の数値に使うルールセット</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::KpiReportActions</name>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>レポートをPDFでエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>There are no figures to report yet: open a roster first.</source>
        <translation>レポートにする数値がまだありません。先に名簿を開いてください。</translation>
    </message>
    <message>
        <source>Computing the figures for the report…</source>
        <translation>レポートの数値を計算しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>KPI report %1.pdf</source>
        <translation>KPIレポート %1.pdf</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>レポートをPDFでエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
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
        <translation>
            <numerusform>%1: %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;Chart</source>
        <translation>グラフをエクスポート(&amp;C)</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>まだ数値がありません</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::LeafEditor</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source> years old</source>
        <translation> 歳</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>One value a line, exactly as in the roster</source>
        <translation>1行に1つ、名簿の表記どおりに入力</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>条件:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>at least (≥)</source>
        <translation>以上（≥）</translation>
    </message>
    <message>
        <source>more than (&gt;)</source>
        <translation>より多い（&gt;）</translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation>以下（≤）</translation>
    </message>
    <message>
        <source>less than (&lt;)</source>
        <translation>未満（&lt;）</translation>
    </message>
    <message>
        <source>exactly (=)</source>
        <translation>等しい（=）</translation>
    </message>
    <message>
        <source>not (≠)</source>
        <translation>等しくない（≠）</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>いずれかに該当</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>いずれにも該当しない</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2 %3 y %4 m</source>
        <translation>%1 %2 %3年%4か月</translation>
    </message>
    <message>
        <source>%1 %2 %3 months</source>
        <translation>%1 %2 %3か月</translation>
    </message>
    <message>
        <source>%1 %2 %3 years</source>
        <translation>%1 %2 %3歳</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is none of: %2</source>
        <translation>%1が次のいずれでもない: %2</translation>
    </message>
    <message>
        <source>%1 is one of: %2</source>
        <translation>%1が次のいずれか: %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: あり</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: なし</translation>
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
        <source>Rehire Pipeline</source>
        <translation>再雇用の選考</translation>
    </message>
    <message>
        <source>Add to &amp;Pipeline…</source>
        <translation>選考に追加(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>名簿(&amp;R)</translation>
    </message>
    <message>
        <source>Rehire &amp;Pipeline</source>
        <translation>再雇用の選考(&amp;P)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>選考</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>選考(&amp;P)</translation>
    </message>
    <message>
        <source>Cannot add to the pipeline</source>
        <translation>選考に追加できません</translation>
    </message>
    <message>
        <source>%1 is now in the rehire pipeline.</source>
        <translation>%1 さんを再雇用の選考に追加しました。</translation>
    </message>
    <message>
        <source>The verdicts could not be updated: %1</source>
        <translation>資格判定を更新できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>updating verdicts…</source>
        <translation>資格判定を更新中…</translation>
    </message>
    <message>
        <source>&amp;KPI Dashboard</source>
        <translation>KPIダッシュボード(&amp;K)</translation>
    </message>
    <message>
        <source>The upgrade was cancelled: %1 was not opened and is unchanged.</source>
        <translation>更新をキャンセルしました。%1 は開かれず、変更もされていません。</translation>
    </message>
    <message>
        <source>The roster was changed by another program; the list shows the file as it is now.</source>
        <translation>名簿が別のプログラムで変更されました。一覧を最新の内容に更新しました。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MatchDialog</name>
    <message>
        <source>&amp;Add to Pipeline</source>
        <translation>選考に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Match Alumni</source>
        <translation>候補者マッチング</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2点</translation>
    </message>
    <message>
        <source>The score (out of 100) weighs: %1. People who left the network, who work here again, who have not agreed to hear about job offers or whose rehire verdict is Not eligible are left out. Point at a cell for its reason.</source>
        <translation>スコア（100点満点）の内訳：%1。ネットワークを退会した人、すでに再入社している人、求人案内に同意していない人、再雇用の判定が「対象外」の人は除外しています。各セルにマウスを合わせると理由が表示されます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Matches for “%1”</source>
        <translation>「%1」の候補者</translation>
    </message>
    <message>
        <source>(required skills: %1)</source>
        <translation>（必須スキル：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people were scored.</source>
        <translation>
            <numerusform>%Ln 人を評価しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>スコア %1</translation>
    </message>
    <message>
        <source>Not everyone was added</source>
        <translation>一部の人を追加できませんでした</translation>
    </message>
    <message>
        <source>Change not applied</source>
        <translation>変更を反映できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to the pipeline for “%1”</source>
        <translation>
            <numerusform>%n 人を「%1」の選考に追加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MatchTableModel</name>
    <message>
        <source>In pipeline</source>
        <translation>選考中</translation>
    </message>
    <message>
        <source>%1 (up to %2 points): %3</source>
        <translation>%1（最大 %2 点）：%3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Last position</source>
        <translation>退職時の所属・役職</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>選考</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::MoveReasonDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>「%1」へ移動</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation>%1 さんを「%2」から「%3」へ移動します。</translation>
    </message>
    <message>
        <source>The reason you give is recorded as an override of the rehire verdict.</source>
        <translation>入力した理由は、再雇用の判定を覆す理由として記録されます。</translation>
    </message>
    <message>
        <source>A closing stage: say why, for the history.</source>
        <translation>選考を終える段階です。履歴に残す理由を入力してください。</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>入社日(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::OpeningDialog</name>
    <message>
        <source>&amp;Alumni only (アルムナイ限定求人)</source>
        <translation>アルムナイ限定求人(&amp;A)</translation>
    </message>
    <message>
        <source>Edit Opening</source>
        <translation>求人の編集</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>新しい求人</translation>
    </message>
    <message>
        <source>e.g. Python, SQL, 法人営業</source>
        <translation>例：Python, SQL, 法人営業</translation>
    </message>
    <message>
        <source>Separate skills with commas. Matching ranks alumni by how many of them they list.</source>
        <translation>スキルはカンマで区切ります。マッチングでは、保有しているスキルの数でアルムナイを順位付けします。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>職種名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等級(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>勤務地(&amp;L)：</translation>
    </message>
    <message>
        <source>Required &amp;skills:</source>
        <translation>必須スキル(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>採用責任者(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::OverrideDialog</name>
    <message>
        <source>Expires after</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>&amp;Set Override</source>
        <translation>例外を設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revoke Override</source>
        <translation>例外設定を取り消す(&amp;R)</translation>
    </message>
    <message>
        <source>Eligibility Override — %1</source>
        <translation>資格判定の例外設定 — %1</translation>
    </message>
    <message>
        <source>Why the rules do not decide this case (required; kept in the audit trail)</source>
        <translation>ルールどおりに判定しない理由（必須。監査記録に残ります）</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>ルールセット:</translation>
    </message>
    <message>
        <source>In force now:</source>
        <translation>現在の設定:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>%1, set by %2 on %3: %4</source>
        <translation>%1（%3に%2が設定）: %4</translation>
    </message>
    <message>
        <source>(expires after %1)</source>
        <translation>（有効期限: %1まで）</translation>
    </message>
    <message>
        <source>No override; the rules decide.</source>
        <translation>例外設定はありません。ルールで判定します。</translation>
    </message>
    <message>
        <source>Enter a reason: every override and revocation must say why.</source>
        <translation>理由を入力してください。例外設定とその取り消しには必ず理由が必要です。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PipelineFilterBar</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>期限超過のみ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;My candidates</source>
        <translation>自分の担当(&amp;M)</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <source>Candidacies owned by you (%1)</source>
        <translation>あなた（%1）が担当する候補者</translation>
    </message>
    <message>
        <source>O&amp;pening:</source>
        <translation>求人(&amp;P)：</translation>
    </message>
    <message>
        <source>All openings</source>
        <translation>すべての求人</translation>
    </message>
    <message>
        <source>Talent pool (no opening)</source>
        <translation>タレントプール（求人なし）</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>すべての選考段階</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>すべての担当者</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::PipelineView</name>
    <message>
        <source>&amp;New Opening…</source>
        <translation>新しい求人(&amp;N)…</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>新しい求人</translation>
    </message>
    <message>
        <source>Edit &amp;Opening…</source>
        <translation>求人の編集(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit Opening</source>
        <translation>求人の編集</translation>
    </message>
    <message>
        <source>&amp;Match Alumni…</source>
        <translation>候補者マッチング(&amp;M)…</translation>
    </message>
    <message>
        <source>Match Alumni</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Rank alumni for the chosen opening, with the reasons</source>
        <translation>選んだ求人に合うアルムナイを、理由とともに順位付けします</translation>
    </message>
    <message>
        <source>Candidacy &amp;Details…</source>
        <translation>候補者の詳細(&amp;D)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidacies</source>
        <translation>
            <numerusform>候補者 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster open</source>
        <translation>名簿が開かれていません</translation>
    </message>
    <message>
        <source>Candidacy %1</source>
        <translation>候補 %1</translation>
    </message>
    <message>
        <source>Move not applied</source>
        <translation>移動できませんでした</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Cannot edit the opening</source>
        <translation>求人を編集できません</translation>
    </message>
    <message>
        <source>Edit &amp;Stages…</source>
        <translation>選考段階の編集(&amp;S)…</translation>
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
    <message>
        <source>Not evaluated yet</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Set by an override; the details pane shows who, why and until when</source>
        <translation>例外設定による判定です。設定者・理由・有効期限は詳細欄に表示されます</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1（例外）</translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>%n 件: %1</numerusform>
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
    <name>alumnidesk::ui::RuleForm</name>
    <message>
        <source>Name (Japanese):</source>
        <translation>名前（日本語）:</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名前（英語）:</translation>
    </message>
    <message>
        <source>When it fails:</source>
        <translation>満たさない場合:</translation>
    </message>
    <message>
        <source>The rule passes when:</source>
        <translation>このルールを満たす条件:</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::RuleSetEditor</name>
    <message>
        <source>%1: %2 → %3 (%4%5)</source>
        <translation>%1: %2 → %3（%4%5）</translation>
    </message>
    <message>
        <source>&amp;New Rule Set</source>
        <translation>新しいルールセット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Rule</source>
        <translation>ルールを削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>新しい版として保存(&amp;S)</translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation>資格判定ルール</translation>
    </message>
    <message>
        <source>Rule sets:</source>
        <translation>ルールセット:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>影響確認</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>What changed and why (required to save)</source>
        <translation>何をなぜ変えたか（保存に必須）</translation>
    </message>
    <message>
        <source>Change note:</source>
        <translation>変更内容:</translation>
    </message>
    <message>
        <source>The live count is not available: %1</source>
        <translation>対象者数を計算できません: %1</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>名前（日本語）:</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名前（英語）:</translation>
    </message>
    <message>
        <source>Description (Japanese):</source>
        <translation>説明（日本語）:</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>説明（英語）:</translation>
    </message>
    <message>
        <source>Rules (all must pass):</source>
        <translation>ルール（すべて満たす必要があります）:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>「%1」の変更は保存されていません。破棄しますか?</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>The live count resumes when the draft is complete.</source>
        <translation>ルールの入力が完了すると対象者数を再計算します。</translation>
    </message>
    <message>
        <source>Write a change note to save: what changed and why.</source>
        <translation>保存するには変更内容（何をなぜ変えたか）を入力してください。</translation>
    </message>
    <message>
        <source>What-if (%1)</source>
        <translation>影響確認（%1）</translation>
    </message>
    <message>
        <source>The draft changes nobody&apos;s verdict.</source>
        <translation>この変更で判定が変わる人はいません。</translation>
    </message>
    <message>
        <source>The draft changes the verdict of %1 people; the first %2 are listed.</source>
        <translation>この変更で %1 人の判定が変わります。先頭の %2 人を表示しています。</translation>
    </message>
    <message>
        <source>The draft changes the verdict of %1 people.</source>
        <translation>この変更で %1 人の判定が変わります。</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>ルールを保存できませんでした</translation>
    </message>
    <message>
        <source>&amp;Delete Rule Set…</source>
        <translation>ルールセットを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Delete a rule set HR added; its versions stay in the history</source>
        <translation>人事部門が追加したルールセットを削除します（各版は履歴に残ります）</translation>
    </message>
    <message>
        <source>Rules are checked and explained in this order; you can also drag them</source>
        <translation>ルールはこの順に判定され、理由もこの順に表示されます。ドラッグでも並べ替えられます</translation>
    </message>
    <message>
        <source>Rule set not deleted</source>
        <translation>ルールセットを削除できませんでした</translation>
    </message>
    <message>
        <source>Delete the rule set “%1”?</source>
        <translation>ルールセット「%1」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n saved version(s) stay in the history, and the audit trail records the deletion.</source>
        <translation>
            <numerusform>保存済みの %n 版は履歴に残り、削除は監査ログに記録されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n override(s) in force under it end, each with the reason “rule set deleted”.</source>
        <translation>
            <numerusform>このルールセットで有効な例外設定 %n 件は、「ルールセットの削除」を理由に終了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its stored verdicts (%1) are removed. This cannot be undone.</source>
        <translation>保存済みの判定結果（%1 件）は削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete rule set</source>
        <translation>ルールセットの削除</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StageColumn</name>
    <message numerus="yes">
        <source>Showing the %n longest in this stage.</source>
        <translation>
            <numerusform>滞留の長い順に %n 人を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>A closing stage: moving here asks for the reason.</source>
        <translation>選考を終える段階です。ここへ移動するときは理由を入力します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::StageEditorDialog</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Pipeline Stages</source>
        <translation>選考段階</translation>
    </message>
    <message>
        <source>The stages of the rehire pipeline, in board order. A stage that ends the candidacy (rehired, declined, rejected, on hold) asks for a reason when a card reaches it. Stages are never deleted, because the history refers to them: retire one instead.</source>
        <translation>再雇用の選考段階をボードの並び順で表示しています。選考を終える段階（入社・辞退・不採用・保留）にカードを移すときは理由の入力が必要です。履歴が参照するため段階は削除できません。使わなくなった段階は「廃止」にしてください。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>When reached</source>
        <translation>到達時の扱い</translation>
    </message>
    <message>
        <source>Needs eligibility</source>
        <translation>資格判定が必要</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Entering this stage with a Not eligible rehire verdict needs an override reason</source>
        <translation>再雇用の資格判定が「対象外」の候補者をこの段階に移すには、例外とする理由が必要です</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>段階を追加(&amp;A)</translation>
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
    <name>alumnidesk::ui::TermsPanel</name>
    <message>
        <source>yen per year, e.g. 6,500,000</source>
        <translation>年額（円）、例：6,500,000</translation>
    </message>
    <message>
        <source>Offered annual &amp;salary:</source>
        <translation>提示年収(&amp;S)：</translation>
    </message>
    <message>
        <source>Offered &amp;grade:</source>
        <translation>提示等級(&amp;G)：</translation>
    </message>
    <message>
        <source>Offered &amp;title:</source>
        <translation>提示職種・役職(&amp;T)：</translation>
    </message>
    <message>
        <source>Offered &amp;department:</source>
        <translation>提示部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Offered &amp;location:</source>
        <translation>提示勤務地(&amp;L)：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>At departure</source>
        <translation>退職時</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Offer compared with the terms at departure:</source>
        <translation>オファー条件と退職時の待遇の比較：</translation>
    </message>
    <message>
        <source>No departure on record: there is nothing to compare the offer with.</source>
        <translation>退職の記録がないため、オファー条件と比較できません。</translation>
    </message>
</context>
<context>
    <name>alumnidesk::ui::TrendChart</name>
    <message>
        <source>Leavers and rehires per month</source>
        <translation>月別の退職者数と再入社数</translation>
    </message>
    <message>
        <source>Leavers and rehires per year</source>
        <translation>年別の退職者数と再入社数</translation>
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
    <name>alumnidesk::ui::WhatIfModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Saved rules</source>
        <translation>保存済みのルール</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>変更後</translation>
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
