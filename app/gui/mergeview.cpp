#include "mergeview.h"

#include "compare/tokendiff.h"
#include "history/negotiationrepository.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace plenary::gui {

namespace {

// The colours of a printed redline (resources/style/redline.css): insertions underlined in
// blue, deletions struck through in red.
constexpr auto kInserted = "color:#0b4fa8; text-decoration:underline;";
constexpr auto kDeleted = "color:#b3001b; text-decoration:line-through;";

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// `side` as a redline against `base`: what that side inserted and deleted, word by word.
QString redline(const QString &base, const QString &side)
{
    const compare::TokenDiff diff = compare::TokenDiff::compute(base, side);
    QString html;
    for (const compare::TextSegment &s : diff.segments()) {
        switch (s.kind) {
        case compare::SegmentKind::Equal:
            html += escaped(QStringView(side).mid(s.newBegin, s.newEnd - s.newBegin));
            break;
        case compare::SegmentKind::Deleted:
            html += QStringLiteral("<span style=\"%1\">%2</span>")
                        .arg(QLatin1String(kDeleted),
                             escaped(QStringView(base).mid(s.oldBegin, s.oldEnd - s.oldBegin)));
            break;
        case compare::SegmentKind::Inserted:
            html += QStringLiteral("<span style=\"%1\">%2</span>")
                        .arg(QLatin1String(kInserted),
                             escaped(QStringView(side).mid(s.newBegin, s.newEnd - s.newBegin)));
            break;
        }
    }
    return html;
}

// The opening words in italics, as the editor shows them, instead of the format's asterisks:
// the first two asterisks outside any tag become <i> and </i> when both stand at the same depth
// of marked spans (a change that cuts through the opening words keeps its asterisks).
QString italicOpening(const QString &html)
{
    qsizetype open = -1, close = -1;
    int depth = 0, openDepth = 0;
    for (qsizetype i = 0; i < html.size() && close < 0; ++i) {
        if (html[i] == QLatin1Char('<')) {
            depth += html.mid(i, 2) == QLatin1String("</") ? -1 : 1;
            i = html.indexOf(QLatin1Char('>'), i);
            if (i < 0)
                return html;
        } else if (html[i] == QLatin1Char('*')) {
            if (open < 0) {
                open = i;
                openDepth = depth;
            } else if (depth == openDepth) {
                close = i;
            } else {
                return html;
            }
        }
    }
    if (close < 0)
        return html;
    QString out = html;
    out.replace(close, 1, QStringLiteral("</i>"));
    out.replace(open, 1, QStringLiteral("<i>"));
    return out;
}

QString paragraph(const QString &body)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(body);
}

QString note(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

// "Operative · agreed · numbered": the parts of a paragraph other than its text, bold where
// they differ from the base.
QString facts(const Paragraph &p, const std::optional<Paragraph> &base)
{
    auto part = [](const QString &text, bool changed) {
        return changed ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                       : text.toHtmlEscaped();
    };
    QStringList parts{part(kindName(p.kind), base && base->kind != p.kind),
                      part(statusName(p.status), base && base->status != p.status)};
    if (p.numbered || (base && base->numbered))
        parts.append(part(p.numbered ? MergeView::tr("numbered") : MergeView::tr("not numbered"),
                          base && base->numbered != p.numbered));
    return QStringLiteral("<p style=\"color:#555\">%1</p>")
        .arg(parts.join(QStringLiteral(" \u00B7 ")));
}

} // namespace

MergeView::MergeView(const QString &root, BranchMerge merge, const Identity &identity,
                     const QString &ourBranch, QWidget *parent)
    : QDialog(parent), m_root(root), m_merge(std::move(merge)), m_identity(identity),
      m_ourBranch(ourBranch), m_list(new QListWidget(this)), m_description(new QLabel(this)),
      m_oursTitle(new QLabel(this)), m_theirsTitle(new QLabel(this)),
      m_base(new QTextBrowser(this)), m_ours(new QTextBrowser(this)),
      m_theirs(new QTextBrowser(this)), m_preview(new QTextBrowser(this)),
      m_error(new QLabel(this)), m_blendBox(new QWidget(this)),
      m_blendEdit(new QPlainTextEdit(m_blendBox)), m_takeOurs(new QPushButton(this)),
      m_takeTheirs(new QPushButton(this)), m_alternatives(new QPushButton(this)),
      m_blend(new QPushButton(tr("Edit a &blend…"), this)),
      m_applyBlend(new QPushButton(tr("A&pply Blend"), m_blendBox)),
      m_complete(new QPushButton(tr("&Complete Merge"), this))
{
    const MergeSides &sides = m_merge.sides();
    setWindowTitle(tr("Merge %1 into %2").arg(m_merge.theirName(), m_ourBranch));
    m_list->setObjectName(QStringLiteral("conflicts"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_base->setObjectName(QStringLiteral("base"));
    m_ours->setObjectName(QStringLiteral("ours"));
    m_theirs->setObjectName(QStringLiteral("theirs"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_error->setObjectName(QStringLiteral("error"));
    m_blendEdit->setObjectName(QStringLiteral("blend"));
    m_takeOurs->setObjectName(QStringLiteral("takeOurs"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_alternatives->setObjectName(QStringLiteral("alternatives"));
    m_blend->setObjectName(QStringLiteral("editBlend"));
    m_applyBlend->setObjectName(QStringLiteral("applyBlend"));
    m_complete->setObjectName(QStringLiteral("complete"));
    m_takeOurs->setText(tr("Take ours (%1)").arg(sides.ours));
    m_takeTheirs->setText(tr("Take theirs (%1)").arg(sides.theirs));
    m_alternatives->setText(tr("Keep both as alternatives"));
    // Shortcuts of their own rather than mnemonics, which some platforms turn off.
    const QList<QPair<QPushButton *, QKeySequence>> keys{
        {m_takeOurs, QKeySequence(Qt::ALT | Qt::Key_O)},
        {m_takeTheirs, QKeySequence(Qt::ALT | Qt::Key_T)},
        {m_alternatives, QKeySequence(Qt::ALT | Qt::Key_A)}};
    for (const auto &entry : keys) {
        QPushButton *button = entry.first; // a plain variable: clang 14 captures no bindings
        const QKeySequence &key = entry.second;
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        button->setToolTip(key.toString(QKeySequence::NativeText));
    }
    m_alternatives->setToolTip(
        tr("Both texts as “[Alt 1 (%1): …] [Alt 2 (%2): …]”, the "
           "paragraph proposed (%3)")
            .arg(sides.ours, sides.theirs, keys[2].second.toString(QKeySequence::NativeText)));

    auto *intro = new QLabel(tr("%1 (%2) and %3 (%4) disagree on these points. Settle each one; "
                                "nothing is recorded until the merge is complete.")
                                 .arg(m_ourBranch, sides.ours, m_merge.theirName(), sides.theirs),
                             this);
    intro->setWordWrap(true);

    for (QTextBrowser *pane : {m_base, m_ours, m_theirs, m_preview})
        pane->setOpenLinks(false);
    auto *panes = new QWidget(this);
    auto *grid = new QGridLayout(panes);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *baseTitle = new QLabel(tr("<b>Base</b> (the common ancestor)"), panes);
    m_oursTitle->setText(
        tr("<b>Ours</b>: %1 (%2)").arg(m_ourBranch.toHtmlEscaped(), sides.ours.toHtmlEscaped()));
    m_theirsTitle->setText(
        tr("<b>Theirs</b>: %1 (%2)")
            .arg(m_merge.theirName().toHtmlEscaped(), sides.theirs.toHtmlEscaped()));
    grid->addWidget(baseTitle, 0, 0);
    grid->addWidget(m_oursTitle, 0, 1);
    grid->addWidget(m_theirsTitle, 0, 2);
    grid->addWidget(m_base, 1, 0);
    grid->addWidget(m_ours, 1, 1);
    grid->addWidget(m_theirs, 1, 2);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_takeOurs, m_takeTheirs, m_alternatives, m_blend}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();

    auto *blendLayout = new QVBoxLayout(m_blendBox);
    blendLayout->setContentsMargins(0, 0, 0, 0);
    blendLayout->addWidget(new QLabel(tr("A text written from both versions (one paragraph, "
                                         "brackets balanced):"),
                                      m_blendBox));
    m_blendEdit->setMaximumHeight(90);
    blendLayout->addWidget(m_blendEdit);
    m_applyBlend->setAutoDefault(false);
    blendLayout->addWidget(m_applyBlend, 0, Qt::AlignRight);
    m_blendBox->hide();

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3001b"));
    m_error->hide();
    m_description->setWordWrap(true);
    m_preview->setMaximumHeight(110);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(panes, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_blendBox);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(new QLabel(tr("<b>As it will read</b>"), right));
    rightLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_complete, QDialogButtonBox::AcceptRole);
    m_complete->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_complete, &QPushButton::clicked, this, [this] { complete(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_takeOurs, &QPushButton::clicked, this, [this] { takeOurs(); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { takeTheirs(); });
    connect(m_alternatives, &QPushButton::clicked, this, [this] { keepAlternatives(); });
    connect(m_blend, &QPushButton::clicked, this, &MergeView::editBlend);
    connect(m_applyBlend, &QPushButton::clicked, this,
            [this] { applyBlend(m_blendEdit->toPlainText()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_blendBox->hide();
        m_error->hide();
        showConflict();
    });

    for (int i = 0; i < conflictCount(); ++i)
        m_list->addItem(conflictLine(i));
    if (conflictCount() > 0)
        m_list->setCurrentRow(0);
    refreshButtons();
    m_list->setFocus(); // Up and Down go through the conflicts
    resize(1200, 720);
}

MergeView::~MergeView() = default;

int MergeView::conflictCount() const
{
    return int(m_merge.conflicts().size());
}

int MergeView::currentConflict() const
{
    return m_list->currentRow();
}

void MergeView::setCurrentConflict(int index)
{
    m_list->setCurrentRow(index);
}

std::optional<BranchConflict> MergeView::conflictAt(int index) const
{
    const QList<BranchConflict> all = m_merge.conflicts();
    if (index < 0 || index >= all.size())
        return std::nullopt;
    return all[index];
}

QString MergeView::stateOf(const BranchConflict &conflict) const
{
    const std::optional<Resolution> resolution = m_merge.resolution(conflict);
    if (!resolution)
        return tr("open");
    switch (resolution->kind) {
    case Resolution::Kind::Ours:
        return tr("settled: %1's version").arg(conflict.conflict->ourDelegation);
    case Resolution::Kind::Theirs:
        return tr("settled: %1's version").arg(conflict.conflict->theirDelegation);
    case Resolution::Kind::Alternatives:
        return tr("settled: both as alternatives");
    case Resolution::Kind::Blend:
        return tr("settled: a blend");
    }
    return tr("open");
}

QString MergeView::conflictLine(int index) const
{
    const auto conflict = conflictAt(index);
    if (!conflict)
        return QString();
    return tr("%1 — %2 / %3 — %4")
        .arg(conflict->reference, conflict->conflict->ourDelegation,
             conflict->conflict->theirDelegation, stateOf(*conflict));
}

QString MergeView::paneText(Pane pane) const
{
    switch (pane) {
    case Pane::Base:
        return m_base->toPlainText();
    case Pane::Ours:
        return m_ours->toPlainText();
    case Pane::Theirs:
        return m_theirs->toPlainText();
    }
    return QString();
}

QString MergeView::previewText() const
{
    return m_preview->toPlainText();
}

QString MergeView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MergeView::showConflict()
{
    const auto conflict = conflictAt(currentConflict());
    if (!conflict) {
        for (QTextBrowser *pane : {m_base, m_ours, m_theirs, m_preview})
            pane->clear();
        m_description->clear();
        refreshButtons();
        return;
    }
    const MergeConflict &c = *conflict->conflict;
    QString description =
        tr("<b>%1</b>: %2.")
            .arg(conflict->reference.toHtmlEscaped(), BranchMerge::describe(c).toHtmlEscaped());
    if (c.kind == MergeConflict::Kind::Field)
        description +=
            QLatin1Char(' ') + tr("A field holds one value: take one, or write a blend.");
    m_description->setText(description);

    if (c.isParagraph()) {
        const QString baseText = c.base ? c.base->text : QString();
        m_base->setHtml(c.base ? facts(*c.base, std::nullopt) +
                                     paragraph(italicOpening(escaped(c.base->text)))
                               : note(tr("Not in the base: both sides added this paragraph.")));
        auto side = [&](const std::optional<Paragraph> &p, const QString &delegation) -> QString {
            if (!p)
                return note(tr("Removed by %1.").arg(delegation));
            return facts(*p, c.base) +
                   paragraph(italicOpening(c.base ? redline(baseText, p->text) : escaped(p->text)));
        };
        m_ours->setHtml(side(c.ours, c.ourDelegation));
        m_theirs->setHtml(side(c.theirs, c.theirDelegation));
    } else {
        const QString baseValue = c.baseValue.value_or(QString());
        m_base->setHtml(c.baseValue ? paragraph(escaped(*c.baseValue))
                                    : note(tr("Not in the base.")));
        auto side = [&](const std::optional<QString> &value, const QString &delegation) -> QString {
            if (!value)
                return note(tr("Removed by %1.").arg(delegation));
            return paragraph(c.baseValue ? redline(baseValue, *value) : escaped(*value));
        };
        m_ours->setHtml(side(c.ourValue, c.ourDelegation));
        m_theirs->setHtml(side(c.theirValue, c.theirDelegation));
    }

    // The preview: the paragraph as the merged text now holds it, or the field's value.
    const std::optional<Resolution> resolution = m_merge.resolution(*conflict);
    QString html = resolution ? QString()
                              : note(tr("Open: until it is settled the merge keeps %1's version.")
                                         .arg(c.ourDelegation));
    if (conflict->place == BranchConflict::Place::Text && c.isParagraph()) {
        const Document &merged = m_merge.text().document();
        const qsizetype at = merged.indexOf(c.paragraphId);
        html += at < 0 ? note(tr("Removed from the text."))
                       : facts(merged.paragraphs[at], c.base) +
                             paragraph(italicOpening(escaped(merged.paragraphs[at].text)));
    } else {
        std::optional<QString> value = c.ourValue;
        if (resolution && resolution->kind == Resolution::Kind::Theirs)
            value = c.theirValue;
        else if (resolution && resolution->kind == Resolution::Kind::Blend)
            value = resolution->text;
        html += value ? paragraph(escaped(*value)) : note(tr("No value: the field is removed."));
    }
    m_preview->setHtml(html);
    refreshButtons();
}

void MergeView::refreshList()
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(conflictLine(i));
}

void MergeView::refreshButtons()
{
    const auto conflict = conflictAt(currentConflict());
    const bool any = conflict.has_value();
    m_takeOurs->setEnabled(any);
    m_takeTheirs->setEnabled(any);
    m_blend->setEnabled(any);
    // Header fields and manifest keys hold one value, never brackets.
    m_alternatives->setEnabled(any && conflict->conflict->isParagraph());
    m_complete->setEnabled(canComplete());
}

void MergeView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool MergeView::settle(const Resolution &resolution)
{
    const auto conflict = conflictAt(currentConflict());
    if (!conflict)
        return false;
    if (auto resolved = m_merge.resolve(*conflict, resolution); !resolved) {
        showError(resolved.error().message);
        return false;
    }
    showError(QString());
    if (resolution.kind == Resolution::Kind::Blend)
        m_blendBox->hide();
    refreshList();
    showConflict();
    // On to the next open conflict, if any.
    const QList<BranchConflict> all = m_merge.conflicts();
    for (int step = 1; step < all.size(); ++step) {
        const int next = (currentConflict() + step) % int(all.size());
        if (!m_merge.resolution(all[next])) {
            setCurrentConflict(next);
            break;
        }
    }
    return true;
}

bool MergeView::takeOurs()
{
    return settle(Resolution::ours());
}

bool MergeView::takeTheirs()
{
    return settle(Resolution::theirs());
}

bool MergeView::keepAlternatives()
{
    return settle(Resolution::alternatives());
}

void MergeView::editBlend()
{
    const auto conflict = conflictAt(currentConflict());
    if (!conflict)
        return;
    const MergeConflict &c = *conflict->conflict;
    QString start;
    if (c.isParagraph())
        start = c.ours ? c.ours->text : c.theirs ? c.theirs->text : QString();
    else
        start = c.ourValue.value_or(c.theirValue.value_or(QString()));
    m_blendEdit->setPlainText(start);
    m_blendBox->show();
    m_blendEdit->setFocus();
}

bool MergeView::applyBlend(const QString &text)
{
    if (m_blendEdit->toPlainText() != text)
        m_blendEdit->setPlainText(text);
    m_blendBox->show();
    return settle(Resolution::blend(text));
}

bool MergeView::canComplete() const
{
    return m_merge.openConflicts().isEmpty();
}

bool MergeView::complete()
{
    if (!canComplete()) {
        showError(tr("Settle every conflict first (%1 open).").arg(m_merge.openConflicts().size()));
        return false;
    }
    const qsizetype settled = m_merge.conflicts().size();
    auto repository = NegotiationRepository::open(m_root);
    if (!repository) {
        showError(repository.error().message);
        return false;
    }
    auto committed = m_merge.record(*repository, m_identity);
    if (!committed) {
        showError(tr("The merge was not recorded: %1").arg(committed.error().message));
        return false;
    }
    QString summary = tr("Merged %1 into %2: revision %3 (conflicts settled: %4).")
                          .arg(m_merge.theirName(), m_ourBranch,
                               committed->commit ? committed->commit->shortString() : QString())
                          .arg(settled);
    if (!committed->warning.isEmpty())
        summary += QLatin1Char(' ') + committed->warning;
    Q_EMIT merged(summary);
    accept();
    return true;
}

} // namespace plenary::gui
