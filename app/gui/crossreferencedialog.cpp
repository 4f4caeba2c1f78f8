#include "crossreferencedialog.h"

#include "documenteditor.h"
#include "paragraphformat.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace plenary::gui {

CrossReferenceDialog::CrossReferenceDialog(const DocumentEditor *editor, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Insert Cross-Reference"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Paragraph to cite:"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    m_filter->setPlaceholderText(tr("Type a number or words of the paragraph"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &CrossReferenceDialog::applyFilter);

    const QString here = ParagraphFormat::idOf(editor->textCursor().block());
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        const QString id = ParagraphFormat::idOf(block);
        const QString citation = editor->citationOf(id);
        if (id == here || citation.isEmpty())
            continue;
        QString text = block.text().simplified();
        text.remove(QChar::ObjectReplacementCharacter);
        if (text.size() > 90)
            text = text.left(90) + QChar(0x2026);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\t%2").arg(editor->numbering().reference(block.blockNumber()), text),
            m_list);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, citation);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_filter->installEventFilter(this);
    m_filter->setFocus();
    resize(640, 480);
}

QString CrossReferenceDialog::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

// Up and Down in the filter move through the list, as in a completer.
bool CrossReferenceDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CrossReferenceDialog::applyFilter(const QString &text)
{
    const QString needle = text.simplified();
    const QString compact = QString(needle).remove(QLatin1Char(' '));
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString reference = item->text().section(QLatin1Char('\t'), 0, 0);
        const bool match =
            needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
            reference.compare(compact, Qt::CaseInsensitive) == 0 ||
            item->data(Qt::UserRole + 1).toString().compare(needle, Qt::CaseInsensitive) == 0;
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

} // namespace plenary::gui
