#pragma once

#include "document/textsearch.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace plenary::gui {

class DocumentEditor;

/// The find and replace bar that sits under the editor: finds as the drafter types, shows
/// every match in the text and which one is current, moves to the next or previous match
/// (wrapping around, and saying so), replaces one match or all of them. Every replacement
/// goes through the editor's guard, so agreed text is never changed without asking; Replace
/// All asks once, for exactly the paragraphs it changes, and is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(DocumentEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    /// How many matches the text holds now.
    [[nodiscard]] int matchCount() const;
    /// The index of the match selected in the editor, or -1.
    [[nodiscard]] int currentMatch() const { return m_current; }
    /// "3 of 12", "No matches", "Replaced 5 occurrences in 3 paragraphs", …
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] SearchOptions options() const;

public Q_SLOTS:
    /// Shows the bar for finding (Ctrl+F), with the editor's selection as what to find if it
    /// lies within one line, and puts the focus in the Find field.
    void showFind();
    /// Shows the bar with the Replace field and buttons (Ctrl+H).
    void showReplace();
    /// Selects the next match after the editor's cursor (F3), wrapping around at the end.
    void findNext();
    /// Selects the match before the editor's cursor (Shift+F3), wrapping around at the start.
    void findPrevious();
    /// Replaces the selected match and selects the next one; if no match is selected, selects
    /// the next one first.
    void replace();
    /// Replaces every match in the text, in one undo step.
    void replaceAll();
    /// Hides the bar and gives the focus back to the editor (Esc).
    void closeBar();

Q_SIGNALS:
    /// Replace All changed this many occurrences in this many paragraphs.
    void replacedAll(int occurrences, int paragraphs);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Hit
    {
        int position = 0; ///< in the editor's document
        int length = 0;
        [[nodiscard]] int end() const { return position + length; }
    };

    void showBar(bool withReplace);
    void onSearchChanged();
    void onContentsChange();
    void onCursorMoved();
    void ensureFresh();
    void refresh();
    void go(bool forward);
    void select(int index, const QString &note);
    [[nodiscard]] int hitAtSelection() const;
    [[nodiscard]] bool canReplace() const;
    void updateHighlights();
    void clearHighlights();
    void updateStatus();

    DocumentEditor *m_editor;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QLabel *m_replaceLabel;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_withinBrackets;
    QToolButton *m_closeButton;
    QLabel *m_status;
    QTimer *m_refreshTimer;

    QList<Hit> m_hits;
    int m_current = -1;
    bool m_dirty = true;
    QString m_note; ///< said instead of the count until the search or the selection changes
};

} // namespace plenary::gui
