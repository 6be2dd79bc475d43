// People's names for the demo roster: Japanese surnames in their real frequency order (with one-kanji
// names, names with two readings and a few 異体字 spellings such as 髙橋 and 𠮷田), and given names whose
// popularity depends on the generation (昭和 names for older people, 平成 names for younger ones). Every
// reading is full-width katakana. Invented combinations only: no real person's record is reproduced.
#pragma once

#include <QString>
#include <QVector>

namespace alumnidesk::demo {

/// Birth cohorts with different given-name fashions.
enum Generation { BornUpTo1970, Born1971To1988, BornFrom1989, GenerationCount };

Generation generationOf(int birthYear);

struct Surname {
    QString kanji;
    QString kana;
    QString romaji;  ///< of the reading, lower-case ASCII letters only (for e-mail addresses)
    quint32 weight;  ///< relative frequency, roughly people in thousands
};

struct GivenName {
    QString kanji;
    QString kana;
    QString romaji;
    quint32 weight[GenerationCount]; ///< relative popularity in each generation (0 = not given then)
};

const QVector<Surname> &surnames();
const QVector<GivenName> &maleGivenNames();
const QVector<GivenName> &femaleGivenNames();

/// Lower-case ASCII letters of the romanised reading (what an e-mail address is built from).
QString romajiForAddress(const QString &katakana);

} // namespace alumnidesk::demo
