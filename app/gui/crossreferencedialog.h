#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace plenary::gui {

class DocumentEditor;

/// Chooses the paragraph a cross-reference cites: every paragraph with its current reference
/// and the beginning of its text, filtered as the drafter types ("5 bis", "terrorism").
class CrossReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CrossReferenceDialog(const DocumentEditor *editor, QWidget *parent = nullptr);

    /// The identifier of the chosen paragraph; empty if none.
    [[nodiscard]] QString chosenId() const;
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace plenary::gui
