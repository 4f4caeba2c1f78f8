#include "spelling/spellingtokenizer.h"

#include <QTest>

using namespace plenary;
using Kind = SpellingToken::Kind;

Q_DECLARE_METATYPE(plenary::SpellingToken::Kind)

namespace {

// "word" for a checked word, "word=Kind" for an exception, one entry a token.
QStringList describe(const QString &text, const QString &wordCharacters = QString())
{
    QStringList out;
    for (const SpellingToken &t : SpellingTokenizer(wordCharacters).tokenize(text)) {
        QString entry = text.mid(t.begin, t.length);
        switch (t.kind) {
        case Kind::Word:
            break;
        case Kind::Number:
            entry += QLatin1String("=number");
            break;
        case Kind::ParagraphReference:
            entry += QLatin1String("=reference");
            break;
        case Kind::Abbreviation:
            entry += QLatin1String("=abbreviation");
            break;
        case Kind::Url:
            entry += QLatin1String("=url");
            break;
        case Kind::Email:
            entry += QLatin1String("=email");
            break;
        case Kind::DocumentSymbol:
            entry += QLatin1String("=symbol");
            break;
        }
        if (t.periodFollows)
            entry += QLatin1String("+.");
        out.append(entry);
    }
    return out;
}

} // namespace

class TestSpellingTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wordCharacters");
        QTest::addColumn<QStringList>("tokens");

        QTest::newRow("latin words and punctuation")
            << QStringLiteral("Calls upon States, in particular, to act;") << QString()
            << QStringList{"Calls", "upon", "States", "in", "particular", "to", "act"};
        QTest::newRow("opening words, brackets, cross-reference")
            << QStringLiteral("*Recognizing* the [need to [strengthen]] cooperation, as in "
                              "{#8x2mfa7c} above,")
            << QString() << QStringList{"Recognizing", "the", "need", "to",   "strengthen",
                                        "cooperation", "as",  "in",   "above"};
        QTest::newRow("alternative labels are markup")
            << QStringLiteral("[Alt 1 (EU, US): all States] [Alt 2: Member States]") << QString()
            << QStringList{"all", "States", "Member", "States"};
        QTest::newRow("apostrophes inside words, not around them")
            << QStringLiteral("don't l’État ‘quoted’ 'single' States’") << QString()
            << QStringList{"don't", "l’État", "quoted", "single", "States"};
        QTest::newRow("hyphen splits where the dictionary has no WORDCHARS '-'")
            << QStringLiteral("counter-terrorism -based") << QString()
            << QStringList{"counter", "terrorism", "based"};
        QTest::newRow("hyphen and period join where WORDCHARS has them (French)")
            << QStringLiteral("porte-parole c.-à-d. etc. fin.") << QStringLiteral("-’'1234567890.")
            << QStringList{"porte-parole", "c.-à-d+.", "etc+.", "fin+."};
        QTest::newRow("numbers and codes")
            << QStringLiteral("2030 19th 1er G20 COVID-19 3.5") << QString()
            << QStringList{"2030=number",        "19th=number", "1er=number", "G20=number",
                           "COVID=abbreviation", "19=number",   "3=number",   "5=number"};
        QTest::newRow("paragraph references")
            << QStringLiteral("OP5bis, PP3 and 5ter") << QString()
            << QStringList{"OP5bis=reference", "PP3=reference", "and", "5ter=reference"};
        QTest::newRow("abbreviations")
            << QStringLiteral("UNOCT, OSCE's NGOs UNRCCA A I l’OSCE d'UNOCT l’État") << QString()
            << QStringList{"UNOCT=abbreviation",
                           "OSCE's=abbreviation",
                           "NGOs=abbreviation",
                           "UNRCCA=abbreviation",
                           "A",
                           "I",
                           "l’OSCE=abbreviation",
                           "d'UNOCT=abbreviation",
                           "l’État"};
        QTest::newRow("urls and e-mail addresses")
            << QStringLiteral("see https://www.un.org/counterterrorism/, www.osce.org or "
                              "(info@unrcca.org).")
            << QString()
            << QStringList{"see", "https://www.un.org/counterterrorism/=url", "www.osce.org=url",
                           "or", "info@unrcca.org=email"};
        QTest::newRow("document symbols")
            << QStringLiteral("A/77/L.5, S/RES/2396 (2017) and E/CN.6/2023/L.3; and/or")
            << QString()
            << QStringList{"A/77/L.5=symbol",
                           "S/RES/2396=symbol",
                           "2017=number",
                           "and",
                           "E/CN.6/2023/L.3=symbol",
                           "and",
                           "or"};
        QTest::newRow("cyrillic")
            << QStringLiteral("*Признавая* необходимость [укрепления] сотрудничества ООН, ПП3,"
                              " по-прежнему")
            << QString()
            << QStringList{"Признавая",        "необходимость", "укрепления", "сотрудничества",
                           "ООН=abbreviation", "ПП3=number",    "по",         "прежнему"};
        QTest::newRow("arabic with vowel marks, comma and digits")
            << QStringLiteral("إذ نؤكد مُكافَحة الإرهاب، في عام ٢٠٢٣") << QString()
            << QStringList{"إذ", "نؤكد", "مُكافَحة", "الإرهاب", "في", "عام", "٢٠٢٣=number"};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, wordCharacters);
        QFETCH(QStringList, tokens);
        QCOMPARE(describe(text, wordCharacters), tokens);
    }

    // Offsets are UTF-16 indexes: a letter outside the BMP counts two.
    void utf16Offsets()
    {
        const QString text = QStringLiteral("a \U0001D400bc d");
        const auto tokens = SpellingTokenizer().tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[1].begin, 2);
        QCOMPARE(tokens[1].length, 4);
        QCOMPARE(tokens[2].begin, 7);
    }

    void classifyWordsFromElsewhere_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("word") << QStringLiteral("terrorism") << Kind::Word;
        QTest::newRow("capitalised") << QStringLiteral("Muhriddin") << Kind::Word;
        QTest::newRow("abbreviation") << QStringLiteral("UNOCT") << Kind::Abbreviation;
        QTest::newRow("reference") << QStringLiteral("OP5bis") << Kind::ParagraphReference;
        QTest::newRow("number") << QStringLiteral("2030") << Kind::Number;
        QTest::newRow("symbol") << QStringLiteral("A/77/L.5") << Kind::DocumentSymbol;
        QTest::newRow("url") << QStringLiteral("http://un.org") << Kind::Url;
        QTest::newRow("email") << QStringLiteral("a.b@un.org") << Kind::Email;
    }

    void classifyWordsFromElsewhere()
    {
        QFETCH(QString, word);
        QFETCH(Kind, kind);
        QCOMPARE(SpellingTokenizer::classify(word), kind);
    }
};

QTEST_GUILESS_MAIN(TestSpellingTokenizer)
#include "tst_spellingtokenizer.moc"
