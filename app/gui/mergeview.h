#pragma once

#include "history/branchmerge.h"
#include "history/identity.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QWidget;

namespace plenary::gui {

/// Settles the conflicts of a merge — a proposal, or the remote's line on pull — one by one:
/// the base, ours and theirs side by side with what each side changed, a preview of the
/// settled paragraph, and "Complete Merge" once every conflict is settled, which records the
/// merge commit (NegotiationRepository::commitMerge). Cancel changes nothing.
class MergeView : public QDialog
{
    Q_OBJECT

public:
    /// The three panes of a conflict.
    enum class Pane
    {
        Base,
        Ours,
        Theirs
    };

    /// `merge` is a prepared merge (BranchMerge::Kind::Merge) into `ourBranch` of the negotiation
    /// at `root`; `identity` makes the merge commit.
    MergeView(const QString &root, BranchMerge merge, const Identity &identity,
              const QString &ourBranch, QWidget *parent = nullptr);
    ~MergeView() override;

    [[nodiscard]] const BranchMerge &merge() const { return m_merge; }
    [[nodiscard]] int conflictCount() const;
    /// The conflict the panes show; -1 when there is none.
    [[nodiscard]] int currentConflict() const;
    void setCurrentConflict(int index);
    /// A conflict's line in the list: reference, both delegations, open or how it was settled.
    [[nodiscard]] QString conflictLine(int index) const;
    /// A pane's text as shown (plain).
    [[nodiscard]] QString paneText(Pane pane) const;
    /// The settled paragraph (or value) as it will read, plain.
    [[nodiscard]] QString previewText() const;
    /// The reason the last resolution or completion was refused; empty when none.
    [[nodiscard]] QString errorText() const;

    /// Settles the current conflict with ours' version; false, with the reason shown, if refused.
    bool takeOurs();
    /// Settles the current conflict with theirs' version.
    bool takeTheirs();
    /// Keeps both texts of the current conflict as bracketed alternatives (paragraphs only).
    bool keepAlternatives();
    /// Opens the blend editor for the current conflict, prefilled with ours' text.
    void editBlend();
    /// Settles the current conflict with a text written from both; refused blends are shown
    /// inline and change nothing.
    bool applyBlend(const QString &text);

    /// Whether every conflict is settled.
    [[nodiscard]] bool canComplete() const;
    /// Records the merge commit with both parents and closes the view; false, with the reason
    /// shown, if the merge cannot be recorded.
    bool complete();

Q_SIGNALS:
    /// The merge commit was recorded; `summary` says what was merged ("Merged eu-op7 into main:
    /// revision 1a2b3c4 (conflicts settled: 1).").
    void merged(const QString &summary);

private:
    [[nodiscard]] std::optional<BranchConflict> conflictAt(int index) const;
    [[nodiscard]] QString stateOf(const BranchConflict &conflict) const;
    bool settle(const Resolution &resolution);
    void showConflict();
    void refreshList();
    void refreshButtons();
    void showError(const QString &message);

    QString m_root;
    BranchMerge m_merge;
    Identity m_identity;
    QString m_ourBranch;
    QListWidget *m_list;
    QLabel *m_description;
    QLabel *m_oursTitle;
    QLabel *m_theirsTitle;
    QTextBrowser *m_base;
    QTextBrowser *m_ours;
    QTextBrowser *m_theirs;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QWidget *m_blendBox;
    QPlainTextEdit *m_blendEdit;
    QPushButton *m_takeOurs;
    QPushButton *m_takeTheirs;
    QPushButton *m_alternatives;
    QPushButton *m_blend;
    QPushButton *m_applyBlend;
    QPushButton *m_complete;
};

} // namespace plenary::gui
