#pragma once

#include <QDialog>
#include <QFont>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace plenary::gui {

/// Plenary's preferences: who the drafter is, the language of the menus, the editor's font and
/// how soon unsaved work goes to the recovery file. Stored in Plenary's settings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Writes the choices to the settings.
    void store() const;

    /// What is stored, with defaults: read by the main window and at start-up.
    [[nodiscard]] static QFont editorFont();
    [[nodiscard]] static int autosaveSeconds();
    /// The language of the menus ("fr"), or empty for the system's.
    [[nodiscard]] static QString interfaceLanguage();

    // The fields, for tests.
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *emailField() const { return m_email; }
    [[nodiscard]] QLineEdit *delegationField() const { return m_delegation; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QFontComboBox *fontBox() const { return m_font; }
    [[nodiscard]] QSpinBox *fontSizeBox() const { return m_fontSize; }
    [[nodiscard]] QSpinBox *autosaveBox() const { return m_autosave; }

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_delegation;
    QComboBox *m_language;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_autosave;
};

} // namespace plenary::gui
