#!/usr/bin/env python3
"""Writes the golden cases of tst_csvreader: one folder per case with input.csv (exact bytes, binary for
the CP932, EUC-JP and UTF-16 ones), options.json when the case overrides detection, and expected.json
(the format decided, every record with its line and fields, every issue with its line and column).

The expectations are written here by hand, from what each case means, never from the reader's output;
the Japanese ones are the text the bytes were made from (or Python's own decoding of them, which follows
Microsoft's CP932 table like ICU's). Run it from anywhere after changing a case:
    python3 tests/data/csv/make_cases.py
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, '..', 'samples')


def issue(line, column, kind, severity, bytes_hex=None):
    i = {'line': line, 'column': column, 'kind': kind, 'severity': severity}
    if bytes_hex is not None:
        i['bytes'] = bytes_hex
    return i


def rec(line, fields, issues=None, field_lines=None):
    r = {'line': line, 'fields': fields}
    if field_lines is not None:
        r['fieldLines'] = field_lines
    if issues:
        r['issues'] = issues
    return r


def case(name, data, records, encoding='UTF-8', delimiter=',', options=None, encoding_basis=None,
         delimiter_basis=None):
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'input.csv'), 'wb') as f:
        f.write(data)
    expected = {'encoding': encoding, 'delimiter': delimiter, 'records': records}
    if encoding_basis:
        expected['encodingBasis'] = encoding_basis
    if delimiter_basis:
        expected['delimiterBasis'] = delimiter_basis
    with open(os.path.join(folder, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')
    options_path = os.path.join(folder, 'options.json')
    if options:
        with open(options_path, 'w', encoding='utf-8') as f:
            json.dump(options, f, ensure_ascii=False)
            f.write('\n')
    elif os.path.exists(options_path):
        os.remove(options_path)


W = 'warning'
E = 'error'

# --- Record terminators and lines -------------------------------------------------------------------
three = [rec(1, ['id', 'name']), rec(2, ['1', 'Alice']), rec(3, ['2', 'Bob'])]
case('terminator_lf', b'id,name\n1,Alice\n2,Bob\n', three, encoding_basis='ascii-only',
     delimiter_basis='consistent-count')
case('terminator_crlf', b'id,name\r\n1,Alice\r\n2,Bob\r\n', three)
case('terminator_cr', b'id,name\r1,Alice\r2,Bob\r', three)
case('terminator_mixed', b'a,b\r\nc,d\ne,f\rg,h\r\n',
     [rec(1, ['a', 'b']), rec(2, ['c', 'd']), rec(3, ['e', 'f']), rec(4, ['g', 'h'])])
case('final_line_without_newline', b'a,b\r\nc,d', [rec(1, ['a', 'b']), rec(2, ['c', 'd'])])
case('header_only_without_newline', b'a,b,c', [rec(1, ['a', 'b', 'c'])])
case('blank_lines', b'\r\n\na,b\r\n\r\n\nc,d\n\n\r', [rec(3, ['a', 'b']), rec(6, ['c', 'd'])])
case('only_blank_lines', b'\r\n\r\n\n', [], encoding_basis='ascii-only', delimiter_basis='none-found')
case('empty_file', b'', [], encoding_basis='empty-file', delimiter_basis='none-found')

# --- Quoting ------------------------------------------------------------------------------------------
case('quoted_delimiters', b'name,address\r\n"Sato, Ichiro","Tokyo, Chiyoda"\r\n"a;b","tab\there"\r\n',
     [rec(1, ['name', 'address']), rec(2, ['Sato, Ichiro', 'Tokyo, Chiyoda']), rec(3, ['a;b', 'tab\there'])])
case('doubled_quotes', b'"He said ""hi""",""""\r\n"",x\r\n"""quoted"""\r\n',
     [rec(1, ['He said "hi"', '"']), rec(2, ['', 'x']), rec(3, ['"quoted"'])])
case('embedded_line_breaks',
     b'id,note\r\n1,"line one\nline two"\r\n2,"cr\rinside"\r\n3,"crlf\r\ninside",after\r\n4,end\r\n',
     [rec(1, ['id', 'note']),
      rec(2, ['1', 'line one\nline two'], field_lines=[2, 2]),
      rec(4, ['2', 'cr\rinside']),
      rec(6, ['3', 'crlf\r\ninside', 'after'], field_lines=[6, 6, 7]),
      rec(8, ['4', 'end'])])
case('quoted_field_at_end_of_file', b'a,"b\nc"', [rec(1, ['a', 'b\nc'])])
case('empty_fields_and_trailing_delimiter', b'a,,c,\n,,\n',
     [rec(1, ['a', '', 'c', '']), rec(2, ['', '', ''])])
case('ragged_records', b'h1,h2,h3\n1,2\n1,2,3,4\n',
     [rec(1, ['h1', 'h2', 'h3']), rec(2, ['1', '2']), rec(3, ['1', '2', '3', '4'])])

# --- Malformed quoting: reported, and read on ----------------------------------------------------------
case('quote_in_unquoted_field', b'id,size\n1,27" monitor\n2,5\'11""\n',
     [rec(1, ['id', 'size']),
      rec(2, ['1', '27" monitor'], [issue(2, 2, 'quote-in-unquoted-field', W)]),
      rec(3, ['2', '5\'11""'], [issue(3, 2, 'quote-in-unquoted-field', W)])])
case('space_before_quote', b'a, "b"\n', [rec(1, ['a', ' "b"'], [issue(1, 2, 'quote-in-unquoted-field', W)])])
case('text_after_closing_quote', b'"Tanaka" Taro,x\n"a"b"c",y\n',
     [rec(1, ['Tanaka Taro', 'x'], [issue(1, 1, 'text-after-closing-quote', W)]),
      rec(2, ['ab"c"', 'y'], [issue(2, 1, 'text-after-closing-quote', W)])])
case('unterminated_quote', b'id,note\n1,"open\n2,more\n',
     [rec(1, ['id', 'note']), rec(2, ['1', 'open\n2,more\n'], [issue(2, 2, 'unterminated-quote', E)])])

# --- Delimiters ----------------------------------------------------------------------------------------
case('delimiter_tab', b'id\tname\taddress\n1\tTanaka\tTokyo, Chiyoda\n2\tSuzuki\tOsaka, Kita\n',
     [rec(1, ['id', 'name', 'address']), rec(2, ['1', 'Tanaka', 'Tokyo, Chiyoda']),
      rec(3, ['2', 'Suzuki', 'Osaka, Kita'])], delimiter='\t', delimiter_basis='consistent-count')
case('delimiter_semicolon', b'name;amount;rate\nfoo;1,5;2,25\nbar;3,0;1,0\n',
     [rec(1, ['name', 'amount', 'rate']), rec(2, ['foo', '1,5', '2,25']), rec(3, ['bar', '3,0', '1,0'])],
     delimiter=';')
case('delimiter_semicolon_quoted_commas', b'"a,b,c";d\n"e,f";g\n',
     [rec(1, ['a,b,c', 'd']), rec(2, ['e,f', 'g'])], delimiter=';')
case('delimiter_chosen', b'a,b;c\n1,2;3\n', [rec(1, ['a,b', 'c']), rec(2, ['1,2', '3'])], delimiter=';',
     options={'delimiter': ';'}, delimiter_basis='chosen-by-user')
case('single_column', b'name\nAlice\nBob\n', [rec(1, ['name']), rec(2, ['Alice']), rec(3, ['Bob'])],
     delimiter_basis='none-found')

# --- Encodings -----------------------------------------------------------------------------------------
jp_rows = [['社員番号', '氏名', 'フリガナ', '備考'],
           ['100231', '髙橋 一郎', 'タカハシ イチロウ', '①期生、㈱アルムナイ'],
           ['100245', '山﨑　花子', 'ﾔﾏｻﾞｷ ﾊﾅｺ', '営業部,第二課'],
           ['100302', '齋藤 健', 'サイトウ ケン', '退職理由：\r\n家業承継']]


def to_csv(rows, newline='\r\n'):
    def q(v):
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v
    return ''.join(','.join(q(v) for v in r) + newline for r in rows)


jp_text = to_csv(jp_rows)
jp_records = [rec(1, jp_rows[0]), rec(2, jp_rows[1]), rec(3, jp_rows[2]), rec(4, jp_rows[3], field_lines=[4, 4, 4, 4])]
case('utf8_bom', b'\xef\xbb\xbf' + jp_text.encode('utf-8'), jp_records, encoding_basis='byte-order-mark')
case('utf8_without_bom', jp_text.encode('utf-8'), jp_records, encoding_basis='valid-utf8')
case('utf16le_bom', b'\xff\xfe' + (jp_text + '𠮷田,x\r\n').encode('utf-16-le'),
     jp_records + [rec(6, ['𠮷田', 'x'])], encoding='UTF-16LE', encoding_basis='byte-order-mark')
case('utf16be_bom', b'\xfe\xff' + (jp_text + '𠮷田,x\r\n').encode('utf-16-be'),
     jp_records + [rec(6, ['𠮷田', 'x'])], encoding='UTF-16BE', encoding_basis='byte-order-mark')
case('utf16le_without_bom', 'id,name\r\n1,田中\r\n2,鈴木\r\n'.encode('utf-16-le'),
     [rec(1, ['id', 'name']), rec(2, ['1', '田中']), rec(3, ['2', '鈴木'])], encoding='UTF-16LE',
     encoding_basis='zero-byte-pattern')
case('utf16_chosen_big_endian_by_bom', b'\xfe\xff' + 'a,b\n'.encode('utf-16-be'), [rec(1, ['a', 'b'])],
     encoding='UTF-16BE', options={'encoding': 'utf-16'}, encoding_basis='chosen-by-user')

# CP932 as Excel writes it; 髙 appears in both its codes (NEC-selected IBM EE E0, which Python writes,
# and IBM FB FC, which Windows writes), and half-width katakana are single bytes.
cp932_bytes = jp_text.encode('cp932') + b'100407,\xfb\xfc\x96\xec,\x87\x8a\xfa\xb1\r\n'
case('cp932', cp932_bytes, jp_records + [rec(6, ['100407', '髙野', '㈱﨑'])], encoding='CP932',
     encoding_basis='only-clean-decoding')
case('cp932_chosen', cp932_bytes, jp_records + [rec(6, ['100407', '髙野', '㈱﨑'])], encoding='CP932',
     options={'encoding': 'shift_jis'}, encoding_basis='chosen-by-user')

euc_rows = [['社員番号', '氏名', 'フリガナ', '所属'],
            ['100231', '高橋 一郎', 'ﾀｶﾊｼ ｲﾁﾛｳ', '営業部、第二課'],
            ['100245', '渡邊 丂子', 'ワタナベ ケイコ', '総務部']]
euc_bytes = to_csv(euc_rows).encode('euc_jp') + b'100246,\xad\xa1\xad\xa2,x\r\n'  # ①② (NEC row 13)
case('eucjp', euc_bytes, [rec(1, euc_rows[0]), rec(2, euc_rows[1]), rec(3, euc_rows[2]),
                          rec(4, ['100246', '①②', 'x'])], encoding='EUC-JP')

# --- Bytes that do not decode: reported with line and column, U+FFFD in their place --------------------
cp932_bad = ('社員番号,氏名,所属\r\n100231,井上 直美,商品企画部\r\n'.encode('cp932')
             + b'100245,' + '森'.encode('cp932') + b'\x80' + '拓海'.encode('cp932') + b',x\r\n'
             + b'100302,\x82,y\r\n'
             + '100318,齋藤 健太,"営業\r\n二部"\r\n'.encode('cp932'))
case('cp932_undecodable_bytes', cp932_bad,
     [rec(1, ['社員番号', '氏名', '所属']), rec(2, ['100231', '井上 直美', '商品企画部']),
      rec(3, ['100245', '森\ufffd拓海', 'x'], [issue(3, 2, 'undecodable-bytes', E, '80')]),
      rec(4, ['100302', '\ufffd', 'y'], [issue(4, 2, 'undecodable-bytes', E, '82')]),
      rec(5, ['100318', '齋藤 健太', '営業\r\n二部'], field_lines=[5, 5, 5])],
     encoding='CP932', encoding_basis='fewest-errors')
utf8_bad = ('氏名,備考\n田中 一郎,あいうえお\n'.encode('utf-8') + '鈴木'.encode('utf-8') + b',\xe3\x81\n'
            + '佐藤,"かきくけこ\n'.encode('utf-8') + b'\xe3\x81\x8b\xe3"\n' + '高橋,'.encode('utf-8')
            + b'\xf0\x9f')
case('utf8_truncated_sequences', utf8_bad,
     [rec(1, ['氏名', '備考']), rec(2, ['田中 一郎', 'あいうえお']),
      rec(3, ['鈴木', '\ufffd'], [issue(3, 2, 'undecodable-bytes', E, 'e3 81')]),
      rec(4, ['佐藤', 'かきくけこ\nか\ufffd'], [issue(5, 2, 'undecodable-bytes', E, 'e3')], field_lines=[4, 4]),
      rec(6, ['高橋', '\ufffd'], [issue(6, 2, 'undecodable-bytes', E, 'f0 9f')])],
     encoding='UTF-8', encoding_basis='fewest-errors')
case('utf8_adjacent_bad_bytes_merged', 'id,名前\n1,'.encode('utf-8') + b'a\x80\x81\xc0b,c\n',
     [rec(1, ['id', '名前']), rec(2, ['1', 'a\ufffd\ufffd\ufffdb', 'c'], [issue(2, 2, 'undecodable-bytes', E, '80 81 c0')])],
     encoding='UTF-8', options={'encoding': 'utf-8'})
case('utf16_lone_surrogate', b'\xff\xfe' + 'a,'.encode('utf-16-le') + b'\x3d\xd8' + 'b\n'.encode('utf-16-le'),
     [rec(1, ['a', '\ufffdb'], [issue(1, 2, 'undecodable-bytes', E, '3d d8')])], encoding='UTF-16LE')
case('bom_only', b'\xef\xbb\xbf', [], encoding_basis='byte-order-mark')

# --- The shared HRIS samples (a note typed past the last column makes the last record one field longer) --
for name, source, encoding, codec, basis in [
        ('sample_cp932', 'hris_leavers_sample_cp932.csv', 'CP932', 'cp932', 'only-clean-decoding'),
        ('sample_utf8bom', 'hris_leavers_sample_utf8bom.csv', 'UTF-8', 'utf-8-sig', 'byte-order-mark')]:
    with open(os.path.join(SAMPLES, source), 'rb') as f:
        raw = f.read()
    lines = raw.decode(codec).split('\r\n')
    assert lines[-1] == ''
    records = [rec(n + 1, line.split(',')) for n, line in enumerate(lines[:-1])]
    case(name, raw, records, encoding=encoding, encoding_basis=basis)
