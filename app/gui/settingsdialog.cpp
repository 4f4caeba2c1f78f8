#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plenary::gui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Plenary"), QStringLiteral("Plenary"));
}

} // namespace

QFont SettingsDialog::editorFont()
{
    QFont font(
        settings().value(QStringLiteral("editor/font"), QStringLiteral("DejaVu Serif")).toString());
    font.setPointSize(settings().value(QStringLiteral("editor/fontSize"), 12).toInt());
    return font;
}

int SettingsDialog::autosaveSeconds()
{
    return std::clamp(settings().value(QStringLiteral("autosaveSeconds"), 3).toInt(), 1, 300);
}

QString SettingsDialog::interfaceLanguage()
{
    return settings().value(QStringLiteral("interfaceLanguage")).toString();
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_delegation(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_font(new QFontComboBox(this)), m_fontSize(new QSpinBox(this)),
      m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    const QSettings stored = settings();

    auto *identity = new QGroupBox(tr("Your identity"), this);
    auto *identityForm = new QFormLayout(identity);
    m_name->setText(stored.value(QStringLiteral("identity/name")).toString());
    m_email->setText(stored.value(QStringLiteral("identity/email")).toString());
    m_delegation->setText(stored.value(QStringLiteral("identity/delegation")).toString());
    m_delegation->setPlaceholderText(tr("The code in the negotiation's list, such as EU"));
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&Email:"), m_email);
    identityForm->addRow(tr("&Delegation:"), m_delegation);
    layout->addWidget(identity);

    auto *appearance = new QGroupBox(tr("Language and text"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // The languages of the catalogues built into Plenary, each named in itself.
    for (const QString &tag : QStringLiteral(PLENARY_UI_LANGUAGES).split(QLatin1Char(','))) {
        QString name = QLocale(tag).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? tag : name, tag);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(interfaceLanguage())));
    auto *languageNote = new QLabel(tr("Menus change language when Plenary starts again."), this);
    languageNote->setWordWrap(true);
    appearanceForm->addRow(tr("&Menus in:"), m_language);
    appearanceForm->addRow(QString(), languageNote);
    const QFont font = editorFont();
    m_font->setCurrentFont(font);
    m_fontSize->setRange(8, 36);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(font.pointSize());
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    appearanceForm->addRow(tr("Editor &font:"), fontRow);
    layout->addWidget(appearance);

    auto *safety = new QGroupBox(tr("Unsaved work"), this);
    auto *safetyForm = new QFormLayout(safety);
    m_autosave->setRange(1, 300);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(autosaveSeconds());
    m_autosave->setToolTip(tr("After this pause in typing, unsaved work is written to a recovery "
                              "file outside the history, offered back after a crash."));
    safetyForm->addRow(tr("Keep a recovery copy &after:"), m_autosave);
    layout->addWidget(safety);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SettingsDialog::store() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("identity/name"), m_name->text().trimmed());
    s.setValue(QStringLiteral("identity/email"), m_email->text().trimmed());
    s.setValue(QStringLiteral("identity/delegation"), m_delegation->text().trimmed().toUpper());
    s.setValue(QStringLiteral("interfaceLanguage"), m_language->currentData().toString());
    s.setValue(QStringLiteral("editor/font"), m_font->currentFont().family());
    s.setValue(QStringLiteral("editor/fontSize"), m_fontSize->value());
    s.setValue(QStringLiteral("autosaveSeconds"), m_autosave->value());
}

} // namespace plenary::gui
