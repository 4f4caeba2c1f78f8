#include "historypanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace plenary::gui {

namespace {

QList<Revision> readHistory(const QString &root)
{
    auto repo = NegotiationRepository::open(root);
    if (!repo || !repo->openedAt())
        return {};
    auto revisions = repo->log(*repo->openedAt(), {});
    return revisions ? revisions.value() : QList<Revision>();
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_delegation(new QComboBox(this)), m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Delegation:"), this);
    label->setBuddy(m_delegation);
    filterRow->addWidget(label);
    filterRow->addWidget(m_delegation, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_list);
    m_list->setHeaderLabels(
        {tr("Revision"), tr("Date"), tr("Author"), tr("Delegation"), tr("Message")});
    m_list->setRootIsDecorated(false);
    // Two rows chosen together are compared.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    connect(&m_watcher, &QFutureWatcher<QList<Revision>>::finished, this,
            [this] { show(m_watcher.result()); });
    connect(m_delegation, &QComboBox::currentIndexChanged, this, [this] { show(m_revisions); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_revisions.size())
            Q_EMIT revisionActivated(m_revisions[index]);
    });
}

void HistoryPanel::reload(const QString &root, const Manifest &manifest)
{
    m_manifest = manifest;
    const QString current = m_delegation->currentData().toString();
    QSignalBlocker block(m_delegation);
    m_delegation->clear();
    m_delegation->addItem(tr("All delegations"), QString());
    for (const Delegation &d : manifest.delegations)
        m_delegation->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.code);
    m_delegation->setCurrentIndex(std::max(0, m_delegation->findData(current)));
    m_watcher.setFuture(QtConcurrent::run(readHistory, root));
}

int HistoryPanel::revisionCount() const
{
    return m_list->topLevelItemCount();
}

std::optional<Revision> HistoryPanel::selectedRevision() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_revisions.size())
        return std::nullopt;
    return m_revisions[index];
}

QList<Revision> HistoryPanel::selectedRevisions() const
{
    QList<int> rows;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(item->data(0, Qt::UserRole).toInt());
    std::sort(rows.begin(), rows.end()); // the history is newest first
    QList<Revision> revisions;
    for (int row : rows)
        if (row >= 0 && row < m_revisions.size())
            revisions.append(m_revisions[row]);
    return revisions;
}

std::optional<Revision> HistoryPanel::previousOf(const Revision &revision) const
{
    for (qsizetype i = 0; i + 1 < m_revisions.size(); ++i)
        if (m_revisions[i].id == revision.id)
            return m_revisions[i + 1];
    return std::nullopt;
}

void HistoryPanel::select(const QList<git::Oid> &revisions)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const int row = item->data(0, Qt::UserRole).toInt();
        if (row >= 0 && row < m_revisions.size() && revisions.contains(m_revisions[row].id)) {
            item->setSelected(true);
            m_list->setCurrentItem(item, 0, QItemSelectionModel::Select);
        }
    }
}

void HistoryPanel::show(const QList<Revision> &revisions)
{
    m_revisions = revisions;
    m_list->clear();
    const QString only = m_delegation->currentData().toString();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < revisions.size(); ++i) {
        const Revision &r = revisions[i];
        if (!only.isEmpty() && r.delegation != only)
            continue;
        QString id = r.id.shortString();
        if (!r.tags.isEmpty())
            id += QLatin1String("  ") + r.tags.join(QLatin1String(", "));
        auto *item =
            new QTreeWidgetItem({id, QLocale().toString(r.author.when, QLocale::ShortFormat),
                                 r.author.name, r.delegation, r.subject});
        item->setData(0, Qt::UserRole, i);
        if (const Delegation *d = m_manifest.delegation(r.delegation))
            item->setForeground(3, QColor(d->colour));
        if (!r.tags.isEmpty()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        item->setToolTip(4, r.subject);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    Q_EMIT loaded();
}

} // namespace plenary::gui
