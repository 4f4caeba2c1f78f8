#pragma once

#include <QWidget>

class QTreeWidget;
class QTimer;

namespace plenary::gui {

class DocumentEditor;

/// The document's paragraphs at a glance: reference, status and open brackets; a click jumps
/// to the paragraph. Refreshed shortly after edits, not on every keystroke.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(DocumentEditor *editor, QWidget *parent = nullptr);

    void refresh();

private:
    DocumentEditor *m_editor;
    QTreeWidget *m_list;
    QTimer *m_refresh;
};

} // namespace plenary::gui
