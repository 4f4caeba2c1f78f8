#include "outlinepanel.h"

#include "document/paragraphmarkup.h"
#include "documenteditor.h"
#include "paragraphformat.h"

#include <QHeaderView>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plenary::gui {

OutlinePanel::OutlinePanel(DocumentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_list(new QTreeWidget(this)), m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Paragraph"), tr("Status"), tr("Brackets")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &OutlinePanel::refresh);
    connect(editor, &DocumentEditor::paragraphsChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QTextBlock block =
            m_editor->document()->findBlockByNumber(item->data(0, Qt::UserRole).toInt());
        if (!block.isValid())
            return;
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->ensureCursorVisible();
        m_editor->setFocus();
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
}

void OutlinePanel::refresh()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (QTextBlock block = m_editor->document()->begin(); block.isValid(); block = block.next()) {
        const int index = block.blockNumber();
        const ParagraphMarkup markup = ParagraphMarkup::analyse(block.text());
        auto *item = new QTreeWidgetItem(
            {m_editor->numbering().reference(index), statusName(ParagraphFormat::statusOf(block)),
             markup.spans.isEmpty() ? QString() : QString::number(markup.spans.size())});
        item->setData(0, Qt::UserRole, index);
        QString preview = block.text().left(120);
        item->setToolTip(0, preview);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
}

} // namespace plenary::gui
