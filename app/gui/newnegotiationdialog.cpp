#include "newnegotiationdialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

namespace plenary::gui {

namespace {

// "Samarkand Declaration on Border Security" → "samarkand-declaration-on-border-security".
QString folderNameFor(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(60);
}

} // namespace

NewNegotiationDialog::NewNegotiationDialog(DocumentKind kind, const Identity &drafter,
                                           QWidget *parent)
    : QDialog(parent), m_kind(kind), m_title(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_conference(new QLineEdit(this)), m_symbol(new QLineEdit(this)),
      m_delegations(new QTableWidget(3, 2, this)), m_name(new QLineEdit(drafter.name, this)),
      m_email(new QLineEdit(drafter.email, this)), m_folder(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_create(nullptr)
{
    setWindowTitle(kind == DocumentKind::Summary ? tr("New Co-Chair's Summary")
                                                 : tr("New Declaration"));
    auto *form = new QFormLayout(this);
    m_title->setPlaceholderText(kind == DocumentKind::Summary
                                    ? tr("Co-Chairs' Summary of the High-Level Conference")
                                    : tr("Declaration of the High-Level Conference on …"));
    form->addRow(tr("&Title:"), m_title);
    // The official languages of the United Nations, each named in itself.
    const QList<QPair<QString, QString>> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("zh"), QStringLiteral("中文")}};
    for (const auto &[tag, name] : languages)
        m_language->addItem(name, tag);
    form->addRow(tr("&Language:"), m_language);
    m_conference->setPlaceholderText(tr("Optional: the conference or organ"));
    form->addRow(tr("&Conference:"), m_conference);
    m_symbol->setPlaceholderText(tr("Optional: the document symbol, such as CONF/2027/L.1"));
    form->addRow(tr("S&ymbol:"), m_symbol);

    m_delegations->setHorizontalHeaderLabels({tr("Code"), tr("Delegation")});
    m_delegations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_delegations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_delegations->verticalHeader()->hide();
    m_delegations->setMinimumHeight(150);
    if (!drafter.delegation.isEmpty())
        m_delegations->setItem(0, 0, new QTableWidgetItem(drafter.delegation));
    auto *add = new QPushButton(tr("&Add Delegation"), this);
    connect(add, &QPushButton::clicked, this,
            [this] { m_delegations->insertRow(m_delegations->rowCount()); });
    auto *delegations = new QVBoxLayout;
    delegations->addWidget(m_delegations);
    auto *note = new QLabel(tr("Codes of 2 to 12 capitals, digits or '-' (UZ, EU, UNOCT). "
                               "The first delegation is the secretariat."),
                            this);
    note->setWordWrap(true);
    delegations->addWidget(note);
    delegations->addWidget(add, 0, Qt::AlignLeft);
    form->addRow(tr("Delegations:"), delegations);

    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &email:"), m_email);

    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::homePath();
    m_folder->setText(QDir(base).filePath(QStringLiteral("negotiation")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString parent = QFileDialog::getExistingDirectory(
            this, tr("Keep the Negotiation In"), QFileInfo(m_folder->text()).absolutePath());
        if (!parent.isEmpty())
            m_folder->setText(QDir(parent).filePath(QFileInfo(m_folder->text()).fileName()));
    });
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(browse);
    form->addRow(tr("&Folder:"), folder);
    // The folder follows the title until the drafter edits it.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (!m_folder->isModified() && !folderNameFor(title).isEmpty())
            m_folder->setText(
                QFileInfo(m_folder->text()).absoluteDir().filePath(folderNameFor(title)));
    });

    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *field : {m_title, m_name, m_email, m_folder})
        connect(field, &QLineEdit::textChanged, this, &NewNegotiationDialog::validate);
    connect(m_delegations, &QTableWidget::itemChanged, this, &NewNegotiationDialog::validate);
    validate();
    resize(640, 620);
}

QString NewNegotiationDialog::directory() const
{
    return QDir::cleanPath(m_folder->text().trimmed());
}

Manifest NewNegotiationDialog::manifest() const
{
    Manifest manifest;
    for (int row = 0; row < m_delegations->rowCount(); ++row) {
        const QTableWidgetItem *code = m_delegations->item(row, 0);
        const QTableWidgetItem *name = m_delegations->item(row, 1);
        const QString c = code ? code->text().trimmed().toUpper() : QString();
        const QString n = name ? name->text().trimmed() : QString();
        if (c.isEmpty() && n.isEmpty())
            continue;
        manifest.delegations.append(
            {c, n, Manifest::paletteColour(int(manifest.delegations.size()))});
    }
    if (!manifest.delegations.isEmpty())
        manifest.secretariat = manifest.delegations.first().code;
    return manifest;
}

Document NewNegotiationDialog::document() const
{
    Document document;
    document.header.title = m_title->text().trimmed();
    document.header.kind = m_kind;
    document.header.language = m_language->currentData().toString();
    document.header.original = document.header.language;
    document.header.conference = m_conference->text().trimmed();
    document.header.symbol = m_symbol->text().trimmed();
    document.header.date = QDate::currentDate().toString(Qt::ISODate);
    return document;
}

Identity NewNegotiationDialog::identity() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), manifest().secretariat};
}

QString NewNegotiationDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the text a title.");
    const Manifest m = manifest();
    if (m.delegations.isEmpty())
        return tr("Name at least one delegation: the secretariat.");
    QStringList seen;
    for (const Delegation &d : m.delegations) {
        if (!Manifest::isValidCode(d.code))
            return tr("“%1” is not a delegation code: use 2 to 12 capitals, digits or '-'.")
                .arg(d.code);
        if (d.name.isEmpty())
            return tr("Give delegation %1 its full name.").arg(d.code);
        if (seen.contains(d.code))
            return tr("Delegation %1 is listed twice.").arg(d.code);
        seen.append(d.code);
    }
    if (m_name->text().trimmed().isEmpty() || !m_email->text().contains(QLatin1Char('@')))
        return tr("Give your name and email: the first revision is recorded as yours.");
    const QFileInfo folder(directory());
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose a folder for the negotiation.");
    if (folder.exists() && !(folder.isDir() && QDir(folder.filePath()).isEmpty()))
        return tr("%1 already exists: choose a new folder.")
            .arg(QDir::toNativeSeparators(directory()));
    return {};
}

void NewNegotiationDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_create->setEnabled(why.isEmpty());
}

} // namespace plenary::gui
