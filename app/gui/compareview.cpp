#include "compareview.h"

#include "compare/comparison.h"
#include "document/documentreader.h"
#include "history/negotiationrepository.h"
#include "render/redlinehtml.h"
#include "web/sandbox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace plenary::gui {

CompareView::CompareView(const QString &repositoryRoot, Side older, Side newer,
                         const QString &onlyDelegation, QWidget *parent)
    : QWidget(parent, Qt::Window), m_root(repositoryRoot), m_old(std::move(older)),
      m_new(std::move(newer)), m_onlyDelegation(onlyDelegation),
      m_sandbox(std::make_unique<web::Sandbox>()), m_view(new QWebEngineView(this)),
      m_summary(new QLabel(this)), m_inline(new QRadioButton(tr("&Inline"), this)),
      m_columns(new QRadioButton(tr("Two &Columns"), this)),
      m_changedOnly(new QCheckBox(tr("C&hanged paragraphs only"), this)),
      m_previous(new QPushButton(tr("&Previous Change"), this)),
      m_next(new QPushButton(tr("&Next Change"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare %1 → %2").arg(m_old.label, m_new.label));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_inline->setChecked(true);
    m_inline->setToolTip(tr("Insertions underlined, deletions struck through, in one text"));
    m_columns->setToolTip(tr("The text proposed on the left, the amendment on the right"));
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_inline);
    mode->addButton(m_columns);
    bar->addWidget(m_inline);
    bar->addWidget(m_columns);
    bar->addSpacing(16);
    bar->addWidget(m_changedOnly);
    bar->addStretch(1);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_next->setShortcut(QKeySequence(Qt::Key_F7));
    m_previous->setToolTip(tr("Go to the previous change (Shift+F7)"));
    m_next->setToolTip(tr("Go to the next change (F7)"));
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    layout->addLayout(bar);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view->setPage(m_sandbox->createPage(m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_view->page()->action(QWebEnginePage::Copy));
    m_view->addAction(m_view->page()->action(QWebEnginePage::SelectAll));
    layout->addWidget(m_view, 1);

    connect(m_columns, &QRadioButton::toggled, this, &CompareView::setColumns);
    connect(m_changedOnly, &QCheckBox::toggled, this, &CompareView::setChangedOnly);
    connect(m_next, &QPushButton::clicked, this, &CompareView::nextChange);
    connect(m_previous, &QPushButton::clicked, this, &CompareView::previousChange);
    connect(&m_builder, &QFutureWatcher<Built>::finished, this, &CompareView::built);
    connect(m_view->page(), &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok)
            Q_EMIT shown();
    });
    resize(1100, 800);
    build();
}

CompareView::~CompareView()
{
    m_builder.waitForFinished();
}

QString CompareView::summary() const
{
    return m_summary->text();
}

void CompareView::setColumns(bool columns)
{
    if (m_columns->isChecked() != columns)
        m_columns->setChecked(columns);
    else
        build();
}

void CompareView::setChangedOnly(bool changedOnly)
{
    if (m_changedOnly->isChecked() != changedOnly)
        m_changedOnly->setChecked(changedOnly);
    else
        build();
}

// Reads both texts with a repository handle of the worker's own, compares and renders there.
void CompareView::build()
{
    if (m_builder.isRunning()) {
        m_rebuild = true;
        return;
    }
    m_changes = -1;
    m_summary->setText(tr("Comparing…"));
    render::RedlineHtml::Options options;
    options.oldLabel = m_old.label;
    options.newLabel = m_new.label;
    options.columns = m_columns->isChecked();
    options.changedOnly = m_changedOnly->isChecked();
    m_builder.setFuture(QtConcurrent::run([root = m_root, older = m_old, newer = m_new,
                                           only = m_onlyDelegation, options]() -> Built {
        Built result;
        auto repository = NegotiationRepository::open(root);
        if (!repository) {
            result.error = repository.error().message;
            return result;
        }
        auto read = [&](const Side &side, Document &document) -> bool {
            QByteArray text = side.text;
            if (side.revision) {
                auto at = repository->textAt(*side.revision);
                if (!at) {
                    result.error = at.error().message;
                    return false;
                }
                text = at.value();
            }
            ReadResult parsed = DocumentReader::read(text);
            if (parsed.hasErrors()) {
                const Diagnostic first =
                    *std::find_if(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
                                  [](const Diagnostic &d) { return d.isError(); });
                result.error = tr("The text of %1 does not read: %2")
                                   .arg(side.label, first.format(NegotiationRepository::kTextFile));
                return false;
            }
            document = std::move(parsed.document);
            return true;
        };
        Document a;
        Document b;
        if (!read(older, a) || !read(newer, b))
            return result;
        if (!only.isEmpty() && older.revision && newer.revision) {
            // One delegation's changes: its paragraphs as they are now, the others as they were.
            auto theirs = repository->paragraphsChangedBy(only, *older.revision, *newer.revision);
            if (!theirs) {
                result.error = theirs.error().message;
                return result;
            }
            QHash<QString, Paragraph> before;
            for (const Paragraph &p : a.paragraphs)
                before.insert(p.id, p);
            QList<Paragraph> shown;
            for (const Paragraph &p : b.paragraphs) {
                if (theirs->contains(p.id))
                    shown.append(p);
                else if (before.contains(p.id))
                    shown.append(before.value(p.id));
            }
            b.paragraphs = shown;
        }
        const compare::Comparison comparison = compare::Comparison::compare(a, b);
        result.summary = comparison.summaryText();
        for (const compare::ParagraphDifference &p : comparison.paragraphs())
            result.changes += p.isChanged() ? 1 : 0;
        result.html = render::RedlineHtml::page(comparison, options).toUtf8();
        return result;
    }));
}

void CompareView::built()
{
    if (std::exchange(m_rebuild, false)) {
        build();
        return;
    }
    const Built result = m_builder.result();
    if (!result.error.isEmpty()) {
        m_summary->setText(result.error);
        Q_EMIT failed(result.error);
        return;
    }
    m_changes = result.changes;
    m_current = 0;
    m_summary->setText(result.summary);
    m_previous->setEnabled(m_changes > 0);
    m_next->setEnabled(m_changes > 0);
    m_view->page()->load(m_sandbox->serve(result.html));
}

void CompareView::nextChange()
{
    if (m_changes > 0)
        goToChange(m_current >= m_changes ? 1 : m_current + 1);
}

void CompareView::previousChange()
{
    if (m_changes > 0)
        goToChange(m_current <= 1 ? m_changes : m_current - 1);
}

// Plenary's own script, in a world of its own: the page's JavaScript stays off.
void CompareView::goToChange(int n)
{
    m_current = n;
    m_view->page()->runJavaScript(
        QStringLiteral("var e = document.getElementById('%1'); if (e) e.scrollIntoView();")
            .arg(render::RedlineHtml::changeId(n)),
        QWebEngineScript::ApplicationWorld);
}

} // namespace plenary::gui
