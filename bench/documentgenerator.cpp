#include "documentgenerator.h"

#include "document/paragraphmarkup.h"

#include <QList>
#include <QStringList>
#include <algorithm>
#include <array>
#include <iterator>

namespace plenary::bench {

namespace {

// The vocabulary of a counter-terrorism declaration. Some entries carry the non-ASCII text
// real documents have: curly apostrophes and quotes, accented names, a Cyrillic abbreviation
// and an Arabic term.

enum class Continues
{
    ActorTo,
    To,
    NounPhrase,
    That,
    Threat
};

struct Opener
{
    const char *lead; // the italic opening words
    const char *then; // what follows them before the body, may be empty
    Continues continues;
};

constexpr Opener kPreambularOpeners[] = {
    {"Recognizing", "that", Continues::That},
    {"Reaffirming", "its commitment to", Continues::NounPhrase},
    {"Recalling", "", Continues::NounPhrase},
    {"Stressing", "the importance of", Continues::NounPhrase},
    {"Deeply concerned", "by", Continues::Threat},
    {"Welcoming", "", Continues::NounPhrase},
    {"Bearing in mind", "", Continues::NounPhrase},
    {"Noting with appreciation", "", Continues::NounPhrase},
    {"Underlining", "the need for", Continues::NounPhrase},
    {"Expressing grave concern", "at", Continues::Threat},
    {"Acknowledging", "", Continues::NounPhrase},
    {"Convinced", "that", Continues::That},
    {"Emphasizing", "that", Continues::That},
    {"Mindful", "that", Continues::That},
};

constexpr Opener kOperativeOpeners[] = {
    {"Calls upon", "", Continues::ActorTo},
    {"Urges", "", Continues::ActorTo},
    {"Encourages", "", Continues::ActorTo},
    {"Invites", "", Continues::ActorTo},
    {"Requests", "", Continues::ActorTo},
    {"Also calls upon", "", Continues::ActorTo},
    {"Further encourages", "", Continues::ActorTo},
    {"Decides", "", Continues::To},
    {"Expresses its determination", "", Continues::To},
    {"Commits", "", Continues::To},
    {"Reaffirms", "", Continues::NounPhrase},
    {"Stresses", "the importance of", Continues::NounPhrase},
    {"Welcomes", "", Continues::NounPhrase},
    {"Emphasizes", "that", Continues::That},
    {"Underlines", "that", Continues::That},
    {"Strongly condemns", "", Continues::Threat},
};

constexpr const char *kLeadInOpeners[] = {"Requests", "Calls upon", "Encourages", "Invites",
                                          "Urges"};

constexpr const char *kActors[] = {
    "all States",
    "Member States",
    "the Secretariat",
    "the relevant United Nations entities",
    "regional and subregional organizations",
    "the international community",
    "civil society organizations, including women’s and youth organizations,",
    "the private sector, in particular information and communications technology companies,",
    "national authorities responsible for border control",
    "donor States and international financial institutions",
    "the Counter-Terrorism Committee Executive Directorate",
    "the States members of the Collective Security Treaty Organization",
    "the Office of the United Nations High Commissioner for Human Rights",
    ("the Special Rapporteur on the promotion and protection of human rights while countering "
     "terrorism"),
};

constexpr const char *kVerbs[] = {
    "strengthen", "enhance",  "promote",   "ensure",     "support",   "develop",
    "implement",  "consider", "establish", "facilitate", "review",    "prioritize",
    "coordinate", "expand",   "improve",   "adopt",      "intensify", "mainstream",
};

constexpr std::array<const char *, 2> kVerbChoices[] = {
    {"strengthen", "enhance"}, {"ensure", "promote"},    {"develop", "consider"},
    {"adopt", "consider"},     {"implement", "support"}, {"establish", "explore"},
};

constexpr const char *kAdjectives[] = {
    "effective",
    "comprehensive",
    "coordinated",
    "sustainable",
    "national",
    "regional",
    "voluntary",
    "inclusive",
    "timely",
    "enhanced",
    "gender-responsive",
    "practical",
    "systematic",
    "evidence-based",
    "mutually reinforcing",
    "human rights-compliant",
};

constexpr const char *kNouns[] = {
    "exchange of operational information",
    "border management and security",
    "national legislation on the financing of terrorism",
    "capacity-building programmes for law enforcement and judicial authorities",
    "judicial cooperation in criminal matters, including extradition and mutual legal assistance",
    "implementation of the United Nations Global Counter-Terrorism Strategy",
    "protection of critical infrastructure and soft targets",
    "prevention of radicalization to terrorism",
    "rights and needs of victims of terrorism",
    "collection and use of advance passenger information and passenger name record data",
    "use of biometric data in full respect of the right to privacy",
    "regional cooperation mechanisms",
    "rehabilitation and reintegration of returning foreign terrorist fighters and their families",
    "sanctions régime established by the Security Council",
    "detection of forged and fraudulent travel documents",
    "integrity and security of identity documents",
    "role of women and young people in preventing violent extremism",
    "technical assistance provided upon request",
    "interoperability of national and international databases",
    "cooperation between customs, border and immigration authorities",
    "measures against the misuse of new and emerging technologies",
    "follow-up to this Declaration",
};

// Drawn now and then only, as such words are in real texts.
constexpr const char *kRareNouns[] = {
    "supervision of informal value transfer systems such as hawala (حوالة)",
    "work of the Collective Security Treaty Organization (ОДКБ) and other regional arrangements",
};

constexpr const char *kThreats[] = {
    "the growing threat posed by foreign terrorist fighters",
    "the increasing use of the Internet and social media for terrorist purposes",
    ("the links between terrorism and transnational organized crime, including trafficking in "
     "arms, drugs and persons"),
    "the financing of terrorism through informal value transfer systems",
    "attacks against critical infrastructure",
    "the suffering of victims of terrorism and their families",
    "the exploitation of porous borders by terrorist groups",
};

constexpr const char *kPredicates[] = {
    "remains essential to",
    "contributes significantly to",
    "is a shared responsibility that requires",
    "can only be achieved through",
    "is critical for",
    "must be complemented by",
    "depends on",
};

constexpr const char *kQualifiers[] = {
    "in accordance with international law, including the Charter of the United Nations",
    ("in full compliance with international human rights law, international refugee law and "
     "international humanitarian law"),
    "upon request and within existing resources",
    "with full respect for the sovereignty and territorial integrity of States",
    "taking into account national circumstances and priorities",
    "on a voluntary and mutually agreed basis",
    "in close cooperation with relevant regional organizations",
    "in line with the recommendations of the Financial Action Task Force",
    "as a matter of priority",
    "by the end of 2027",
    "while ensuring the full, equal and meaningful participation of women",
    "consistent with States’ obligations under international law",
    "in coordination with the Secretary-General’s Office of Counter-Terrorism",
    "as appropriate and in accordance with domestic law",
    "in the framework of the “Countering Terrorist Travel” programme",
    "bearing in mind the communiqué adopted in Genève",
};

constexpr const char *kNounLinks[] = {", as well as", ", in particular",
                                      ", notably",    ", together with",
                                      ", and",        ", with particular attention to"};

constexpr const char *kReferenceLinks[] = {
    "as set out in paragraph",
    "in accordance with paragraph",
    "building on the measures referred to in paragraph",
    "as requested in paragraph",
};

constexpr const char *kDelegations[] = {"EU", "US", "RU", "CN", "G77", "AU", "UK", "JP", "CH",
                                        "NO", "KZ", "UZ", "BR", "IN",  "ZA", "EG", "SA", "MX"};

constexpr const char *kCities[] = {"Samarkand",  "Genève",  "Almaty", "Bogotá",
                                   "Nouakchott", "Tbilisi", "Doha",   "Dushanbe"};

constexpr const char *kParticipants[] = {"Heads of State and Government",
                                         "Ministers for Foreign Affairs",
                                         "Ministers of the Interior and of Justice"};

// Replacements for revise(): ordinary lowercase words of the same register.
constexpr const char *kReplacements[] = {
    "effective",     "national",    "regional",   "cooperation",   "security",
    "measures",      "information", "strengthen", "support",       "sustainable",
    "international", "capacity",    "assistance", "coordination",  "implementation",
    "prevention",    "protection",  "framework",  "obligations",   "legislation",
    "appropriate",   "relevant",    "further",    "comprehensive", "timely",
    "practical",     "voluntary",   "mutual",     "judicial",      "financial",
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString bracketed(const QString &text)
{
    return QLatin1Char('[') + text + QLatin1Char(']');
}

// A paragraph's text as it grows, with its words counted as Plenary counts them.
struct GrowingText
{
    QString text;
    int words = 0;

    void add(const QString &piece)
    {
        text += piece;
        words += countWords(piece);
    }
};

// Writes paragraph texts from the vocabulary. `rate` is how contested the text is: the chance
// that a phrase is bracketed, alternatives and verb choices following from it. At most one
// random draw is made per expression: the order in which C++ evaluates the operands of `+` is
// unspecified, and the text must not depend on the compiler.
class Drafter
{
public:
    explicit Drafter(QRandomGenerator &random) : m_random(random) {}

    QString chapeau(const QString &conference, const QString &city)
    {
        return QLatin1String("We, the ") + utf8(pick(kParticipants)) +
               QLatin1String(" and heads of delegation of the States participating in the ") +
               conference + QLatin1String(", meeting in ") + city +
               QLatin1String(" on 19 and 20 November 2026,");
    }

    QString preambular(int words, double rate, QChar terminator)
    {
        return paragraph(pick(kPreambularOpeners), words, rate, {}, terminator);
    }

    QString operative(int words, double rate, const QStringList &referable, QChar terminator)
    {
        return paragraph(pick(kOperativeOpeners), words, rate, referable, terminator);
    }

    // "*Requests* the Secretariat, in close cooperation with …, to:", above sub-paragraphs.
    QString leadIn(double rate)
    {
        m_usedQualifiers.clear();
        const QString lead = utf8(pick(kLeadInOpeners));
        QString text = QLatin1Char('*') + lead + QLatin1String("* ") + utf8(pick(kActors));
        if (chance(0.5))
            text += QLatin1String(", ") + maybeBracketed(qualifier(), rate) + QLatin1Char(',');
        return text + QLatin1String(" to:");
    }

    // A sub-paragraph: a verb phrase and what follows it, without opening words.
    QString sub(int words, double rate, const QStringList &referable, QChar terminator)
    {
        m_usedQualifiers.clear();
        GrowingText t;
        t.add(chance(rate * 0.4) ? alternatives(true, rate) : verbPhrase(rate));
        extend(t, words, true, rate, referable);
        t.text += terminator;
        return t.text;
    }

    QString replacementFor(QStringView word)
    {
        for (;;) {
            const QString replacement = utf8(pick(kReplacements));
            if (replacement != word)
                return replacement;
        }
    }

private:
    template<typename T, size_t N> const T &pick(const T (&list)[N])
    {
        return list[m_random.bounded(int(N))];
    }

    bool chance(double p) { return m_random.generateDouble() < p; }

    QString maybeBracketed(const QString &text, double rate)
    {
        return chance(rate) ? bracketed(text) : text;
    }

    QString nounPhrase(double rate)
    {
        QString np = QStringLiteral("the ");
        if (chance(0.45))
            np += maybeBracketed(utf8(pick(kAdjectives)), rate * 0.6) + QLatin1Char(' ');
        return np + utf8(chance(0.02) ? pick(kRareNouns) : pick(kNouns));
    }

    QString verbPhrase(double rate)
    {
        QString verb;
        if (chance(rate * 0.3)) {
            const auto &choice = pick(kVerbChoices);
            verb = bracketed(utf8(choice[0])) + QLatin1Char(' ') + bracketed(utf8(choice[1]));
        } else {
            verb = utf8(pick(kVerbs));
        }
        return verb + QLatin1Char(' ') + nounPhrase(rate);
    }

    // "[Alt 1 (EU, US): …] [Alt 2 (RU): …]": each option may hold brackets of its own.
    QString alternatives(bool verbal, double rate)
    {
        const int count = chance(0.25) ? 3 : 2;
        QString text;
        for (int n = 1; n <= count; ++n) {
            if (n > 1)
                text += QLatin1Char(' ');
            text += QLatin1String("[Alt ") + QString::number(n);
            if (chance(0.85)) {
                QStringList codes;
                const int codeCount = 1 + int(m_random.bounded(3));
                while (codes.size() < codeCount) {
                    const QString code = utf8(pick(kDelegations));
                    if (!codes.contains(code))
                        codes.append(code);
                }
                text += QLatin1String(" (") + codes.join(QLatin1String(", ")) + QLatin1Char(')');
            }
            text += QLatin1String(": ") +
                    (verbal ? verbPhrase(rate * 0.5) : nounPhrase(rate * 0.5)) + QLatin1Char(']');
        }
        return text;
    }

    // A qualifier not yet used in the paragraph being written, while there are some left.
    QString qualifier()
    {
        int index = int(m_random.bounded(int(std::size(kQualifiers))));
        for (int attempt = 0; attempt < 4 && m_usedQualifiers.contains(index); ++attempt)
            index = int(m_random.bounded(int(std::size(kQualifiers))));
        m_usedQualifiers.append(index);
        return utf8(kQualifiers[index]);
    }

    QString proposition(double rate)
    {
        const QString subject = nounPhrase(rate);
        const QString predicate = utf8(pick(kPredicates));
        return subject + QLatin1Char(' ') + predicate + QLatin1Char(' ') + nounPhrase(rate);
    }

    // Adds clauses until the text holds `words` words.
    void extend(GrowingText &t, int words, bool verbal, double rate, const QStringList &referable)
    {
        while (t.words < words) {
            const int r = int(m_random.bounded(100));
            if (!referable.isEmpty() && r < 6) {
                const QString link = utf8(pick(kReferenceLinks));
                t.add(QLatin1String(", ") + link + QLatin1String(" {#") +
                      referable[m_random.bounded(int(referable.size()))] + QLatin1Char('}'));
            } else if (r < 32) {
                t.add(QLatin1String(", ") + maybeBracketed(qualifier(), rate));
            } else if (r < 50 && verbal) {
                t.add(QLatin1String(", including through ") +
                      maybeBracketed(nounPhrase(rate), rate));
            } else if (r < 66 || !verbal) {
                const QString link = utf8(pick(kNounLinks));
                t.add(link + QLatin1Char(' ') +
                      (chance(rate * 0.3) ? alternatives(false, rate)
                                          : maybeBracketed(nounPhrase(rate), rate)));
            } else {
                t.add(QLatin1String(", and to ") + (chance(rate * 0.5)
                                                        ? alternatives(true, rate)
                                                        : maybeBracketed(verbPhrase(rate), rate)));
            }
        }
    }

    QString paragraph(const Opener &opener, int words, double rate, const QStringList &referable,
                      QChar terminator)
    {
        m_usedQualifiers.clear();
        QString start = QLatin1Char('*') + utf8(opener.lead) + QLatin1Char('*');
        if (*opener.then)
            start += QLatin1Char(' ') + utf8(opener.then);
        start += QLatin1Char(' ');

        GrowingText body;
        bool verbal = false;
        switch (opener.continues) {
        case Continues::ActorTo:
            body.add(utf8(pick(kActors)) + QLatin1String(" to "));
            body.add(verbPhrase(rate));
            verbal = true;
            break;
        case Continues::To:
            body.add(QLatin1String("to ") + verbPhrase(rate));
            verbal = true;
            break;
        case Continues::NounPhrase:
            body.add(nounPhrase(rate));
            break;
        case Continues::That:
            body.add(proposition(rate));
            break;
        case Continues::Threat:
            body.add(utf8(pick(kThreats)));
            break;
        }
        const int startWords = countWords(start);
        extend(body, words - startWords, verbal, rate, referable);
        // A whole proposal in brackets, the brackets inside it now nested.
        if (chance(rate * 0.3))
            body.text = bracketed(body.text);
        return start + body.text + terminator;
    }

    QRandomGenerator &m_random;
    QList<int> m_usedQualifiers; // in the paragraph being written
};

// How contested a paragraph of this status is; agreed text carries no brackets.
double bracketRate(ParagraphStatus status)
{
    switch (status) {
    case ParagraphStatus::Proposed:
        return 0.22;
    case ParagraphStatus::AdReferendum:
        return 0.06;
    case ParagraphStatus::Agreed:
        return 0.0;
    case ParagraphStatus::Deleted:
        return 0.1;
    }
    return 0.0;
}

// What a generated paragraph is for: its kind, and for an operative paragraph whether it
// only introduces sub-paragraphs.
enum class Role
{
    Chapeau,
    Preambular,
    Operative,
    LeadIn,
    Sub,
    SubSub
};

double wordWeight(Role role)
{
    switch (role) {
    case Role::Chapeau:
        return 0.3;
    case Role::Preambular:
        return 0.9;
    case Role::Operative:
        return 1.3;
    case Role::LeadIn:
        return 0.25;
    case Role::Sub:
        return 0.8;
    case Role::SubSub:
        return 0.6;
    }
    return 1.0;
}

ParagraphKind kindOf(Role role)
{
    switch (role) {
    case Role::Chapeau:
        return ParagraphKind::Chapeau;
    case Role::Preambular:
        return ParagraphKind::Preambular;
    case Role::Operative:
    case Role::LeadIn:
        return ParagraphKind::Operative;
    case Role::Sub:
        return ParagraphKind::Sub;
    case Role::SubSub:
        return ParagraphKind::SubSub;
    }
    return ParagraphKind::Operative;
}

// The roles of `count` paragraph lines: a chapeau, a quarter preambular, then operative
// paragraphs of which some introduce sub-paragraphs (and a few of those second-level ones).
QList<Role> outline(int count, QRandomGenerator &random)
{
    QList<Role> roles;
    if (count <= 0)
        return roles;
    if (count == 1)
        return {Role::Operative};
    roles.append(Role::Chapeau);
    const int preambular = (count - 1) / 4;
    roles.insert(roles.size(), preambular, Role::Preambular);
    int left = count - 1 - preambular;
    while (left > 0) {
        if (left >= 3 && random.bounded(100) < 30) {
            roles.append(Role::LeadIn);
            --left;
            const int subs = std::min(left, 2 + int(random.bounded(4)));
            for (int s = 0; s < subs && left > 0; ++s) {
                roles.append(Role::Sub);
                --left;
                if (left >= 2 && random.bounded(100) < 15) {
                    const int subSubs = std::min(left, 2 + int(random.bounded(2)));
                    roles.insert(roles.size(), subSubs, Role::SubSub);
                    left -= subSubs;
                }
            }
        } else {
            roles.append(Role::Operative);
            --left;
        }
    }
    return roles;
}

ParagraphStatus pickStatus(Role role, QRandomGenerator &random)
{
    // Percent thresholds for agreed, ad referendum, proposed; the rest is deleted.
    const int r = int(random.bounded(100));
    if (role == Role::Chapeau)
        return ParagraphStatus::Agreed;
    const bool preambular = role == Role::Preambular;
    const int agreed = preambular ? 60 : 35;
    const int adref = agreed + 15;
    const int proposed = adref + (preambular ? 22 : 45);
    if (r < agreed)
        return ParagraphStatus::Agreed;
    if (r < adref)
        return ParagraphStatus::AdReferendum;
    if (r < proposed)
        return ParagraphStatus::Proposed;
    return ParagraphStatus::Deleted;
}

// Where operative paragraphs start: each with the sub-paragraphs under it is one block.
QList<qsizetype> operativeBlocks(const Document &document)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i)
        if (document.paragraphs[i].kind == ParagraphKind::Operative)
            starts.append(i);
    return starts;
}

qsizetype blockEnd(const Document &document, qsizetype start)
{
    qsizetype end = start + 1;
    while (end < document.paragraphs.size() &&
           (document.paragraphs[end].kind == ParagraphKind::Sub ||
            document.paragraphs[end].kind == ParagraphKind::SubSub))
        ++end;
    return end;
}

bool isReplaceable(QStringView word)
{
    if (word.size() < 3)
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
}

// Replaces the first ordinary lowercase word at or after `from` (wrapping around); identifiers
// of cross-references, delegation codes and "Alt" labels are never touched, so the markup stays.
bool replaceWord(QString &text, qsizetype from, Drafter &drafter)
{
    const qsizetype n = text.size();
    while (from > 0 && text[from - 1].isLetterOrNumber())
        --from;
    for (qsizetype pass = 0; pass < 2; ++pass) {
        qsizetype i = pass == 0 ? from : 0;
        const qsizetype stop = pass == 0 ? n : from;
        while (i < stop) {
            if (!text[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < n && text[end].isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (isReplaceable(word) && (i == 0 || text[i - 1] != QLatin1Char('#'))) {
                text.replace(i, end - i, drafter.replacementFor(word));
                return true;
            }
            i = end;
        }
    }
    return false;
}

void fillHeader(DocumentHeader &h, const QString &city, QRandomGenerator &random)
{
    h.title = city + QLatin1String(" Declaration on Border Security and Counter-Terrorism");
    h.kind = DocumentKind::Declaration;
    h.language = QStringLiteral("en");
    h.conference = QStringLiteral(
        "High-Level Conference on Border Security and Counter-Terrorism Cooperation");
    h.symbol = QLatin1String("BSCT/2026/L.") + QString::number(1 + random.bounded(9));
    h.distribution = QStringLiteral("limited");
    h.date = QStringLiteral("2026-11-20");
    h.original = QStringLiteral("en");
}

} // namespace

DocumentGenerator::DocumentGenerator(quint32 seed) : m_random(seed)
{
}

QString DocumentGenerator::newId()
{
    // The alphabet of ParagraphId::generate(), drawn from the seeded generator instead.
    static constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    for (;;) {
        quint64 bits = m_random.generate64();
        QString id(8, Qt::Uninitialized);
        for (auto &c : id) {
            c = QLatin1Char(kAlphabet[bits & 31]);
            bits >>= 5;
        }
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

Document DocumentGenerator::generate(int paragraphs, int words)
{
    Drafter drafter(m_random);
    Document document;
    const QString city = utf8(kCities[m_random.bounded(int(std::size(kCities)))]);
    fillHeader(document.header, city, m_random);
    const QString conference = document.header.conference;

    const QList<Role> roles = outline(paragraphs, m_random);
    QList<double> weights;
    double totalWeight = 0;
    for (Role role : roles) {
        weights.append(wordWeight(role) * (0.5 + m_random.generateDouble()));
        totalWeight += weights.last();
    }

    document.paragraphs.reserve(roles.size());
    QStringList referable; // operative paragraphs and sub-paragraphs a reference may point to
    double owed = 0;       // words still owed to the target by the paragraphs so far
    bool firstOperative = true;
    ParagraphStatus parentStatus = ParagraphStatus::Proposed;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const Role role = roles[i];
        const bool last = i == roles.size() - 1;
        const double budget = words * weights[i] / totalWeight;
        const int target = std::max(6, int(budget + owed + 0.5));

        Paragraph p;
        p.id = newId();
        p.kind = kindOf(role);
        p.status = pickStatus(role, m_random);
        if ((role == Role::Sub || role == Role::SubSub) && parentStatus == ParagraphStatus::Deleted)
            p.status = ParagraphStatus::Deleted;
        const double rate = bracketRate(p.status);
        const QChar end = last ? QLatin1Char('.') : QLatin1Char(';');
        switch (role) {
        case Role::Chapeau:
            p.text = drafter.chapeau(conference, city);
            break;
        case Role::Preambular:
            p.text = drafter.preambular(target, rate, QLatin1Char(','));
            break;
        case Role::Operative:
            p.text = drafter.operative(target, rate, referable, end);
            break;
        case Role::LeadIn:
            p.text = drafter.leadIn(rate);
            break;
        case Role::Sub:
        case Role::SubSub:
            p.text = drafter.sub(target, rate, referable, end);
            break;
        }
        // A few operative paragraphs inserted since the last renumbering ("bis"), never the
        // first; sub-paragraphs likewise.
        if (isNumberedKind(p.kind)) {
            const bool firstOfLevel = p.kind == ParagraphKind::Operative
                                          ? firstOperative
                                          : i == 0 || roles[i - 1] != role;
            p.numbered = firstOfLevel || m_random.bounded(100) >= 6;
        }
        if (role == Role::Operative || role == Role::LeadIn) {
            firstOperative = false;
            parentStatus = p.status;
        }
        owed += budget - countWords(p.text);
        if (!p.isDeleted() && (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Sub))
            referable.append(p.id);
        document.paragraphs.append(std::move(p));
    }
    return document;
}

Document DocumentGenerator::generateLongParagraph(int words, bool citing)
{
    if (!citing)
        return generate(1, words);
    Drafter drafter(m_random);
    Document document;
    fillHeader(document.header, utf8(kCities[m_random.bounded(int(std::size(kCities)))]), m_random);
    Paragraph cited;
    cited.id = newId();
    cited.kind = ParagraphKind::Operative;
    cited.status = ParagraphStatus::Agreed;
    cited.numbered = true;
    cited.text = drafter.operative(20, 0, {}, QLatin1Char(';'));
    Paragraph longParagraph;
    longParagraph.id = newId();
    longParagraph.kind = ParagraphKind::Operative;
    longParagraph.status = ParagraphStatus::Proposed;
    longParagraph.numbered = true;
    longParagraph.text =
        drafter.operative(std::max(1, words - countWords(cited.text)),
                          bracketRate(longParagraph.status), {cited.id}, QLatin1Char('.'));
    document.paragraphs = {cited, longParagraph};
    return document;
}

Document DocumentGenerator::revise(const Document &base, const RevisionEdits &edits)
{
    Drafter drafter(m_random);
    Document document = base;
    for (const Paragraph &p : document.paragraphs)
        m_ids.insert(p.id);
    QList<Paragraph> &paragraphs = document.paragraphs;
    if (paragraphs.isEmpty())
        return document;

    // Words: a place chosen uniformly over the text, then the nearest ordinary word.
    if (edits.changedWords > 0) {
        QList<qsizetype> ends; // cumulative text lengths
        qsizetype total = 0;
        for (const Paragraph &p : paragraphs)
            ends.append(total += p.text.size());
        for (int n = 0; n < edits.changedWords && total > 0; ++n) {
            const qsizetype at = qsizetype(m_random.bounded(double(total)));
            const auto index = std::upper_bound(ends.begin(), ends.end(), at) - ends.begin();
            QString &text = paragraphs[index].text;
            const qsizetype before = text.size();
            const qsizetype offset = at - (index > 0 ? ends[index - 1] : 0);
            replaceWord(text, std::min(offset, text.size()), drafter);
            const qsizetype grown = text.size() - before;
            for (auto i = index; i < ends.size(); ++i)
                ends[i] += grown;
            total += grown;
        }
    }

    for (int n = 0; n < edits.movedParagraphs; ++n) {
        const QList<qsizetype> starts = operativeBlocks(document);
        if (starts.size() < 2)
            break;
        const qsizetype from = starts[m_random.bounded(int(starts.size()))];
        const qsizetype to = blockEnd(document, from);
        const QList<Paragraph> block = paragraphs.mid(from, to - from);
        paragraphs.remove(from, to - from);
        QList<qsizetype> places = operativeBlocks(document);
        places.append(paragraphs.size());
        const qsizetype at = places[m_random.bounded(int(places.size()))];
        for (qsizetype i = 0; i < block.size(); ++i)
            paragraphs.insert(at + i, block[i]);
    }

    if (edits.insertedParagraphs > 0) {
        QStringList referable;
        for (const Paragraph &p : paragraphs)
            if (!p.isDeleted() &&
                (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Sub))
                referable.append(p.id);
        const int averageWords = std::max(20, wordCount(document) / int(paragraphs.size()));
        for (int n = 0; n < edits.insertedParagraphs; ++n) {
            Paragraph p;
            p.id = newId();
            p.kind = ParagraphKind::Operative;
            p.status = ParagraphStatus::Proposed;
            p.numbered = false;
            p.text =
                drafter.operative(averageWords, bracketRate(p.status), referable, QLatin1Char(';'));
            QList<qsizetype> places = operativeBlocks(document);
            places.append(paragraphs.size());
            paragraphs.insert(places[m_random.bounded(int(places.size()))], std::move(p));
        }
    }

    if (edits.deletedParagraphs > 0) {
        // A paragraph another one cites stays, so `plenary clean` can still remove the deleted.
        QSet<QString> cited;
        for (const Paragraph &p : paragraphs)
            for (const CrossReference &ref : ParagraphMarkup::analyse(p.text).crossReferences)
                cited.insert(ref.id);
        int done = 0;
        for (int attempt = 0;
             attempt < 8 * edits.deletedParagraphs && done < edits.deletedParagraphs; ++attempt) {
            Paragraph &p = paragraphs[m_random.bounded(int(paragraphs.size()))];
            if (p.isDeleted() || p.kind == ParagraphKind::Chapeau || cited.contains(p.id))
                continue;
            p.status = ParagraphStatus::Deleted;
            ++done;
        }
    }

    int done = 0;
    for (int attempt = 0; attempt < 8 * edits.statusChanges && done < edits.statusChanges;
         ++attempt) {
        Paragraph &p = paragraphs[m_random.bounded(int(paragraphs.size()))];
        if (p.status == ParagraphStatus::Proposed)
            p.status = ParagraphStatus::AdReferendum;
        else if (p.status == ParagraphStatus::AdReferendum)
            p.status = ParagraphStatus::Agreed;
        else
            continue;
        ++done;
    }
    return document;
}

int DocumentGenerator::wordCount(const Document &document)
{
    int words = 0;
    for (const Paragraph &p : document.paragraphs)
        words += countWords(p.text);
    return words;
}

} // namespace plenary::bench
