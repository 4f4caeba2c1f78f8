#include "pdffinish.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <string>

namespace plenary::web {

namespace {

constexpr double kFontSize = 9;
constexpr double kFootFromBottom = 28; // points: about 10 mm, inside the 18 mm bottom margin
const char *const kFontName = "/PlenaryPageNumber";

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The width of "12/34" in Helvetica (digits 556, slash 278 thousandths of the font size).
double numberWidth(const std::string &text)
{
    double width = 0;
    for (const char c : text)
        width += c == '/' ? 278 : 556;
    return width * kFontSize / 1000;
}

// A PDF date: D:YYYYMMDDHHmmSS+HH'mm'.
std::string pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = offset == 0 ? QStringLiteral("Z")
                                     : QStringLiteral("%1%2'%3'")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                           .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return utf8(QLatin1String("D:") + when.toString(QStringLiteral("yyyyMMddHHmmss")) + zone);
}

void numberPages(QPDF &pdf)
{
    QPDFObjectHandle font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    const std::string total = std::to_string(pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        QPDFPageObjectHelper &page = pages[i];
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle fonts = resources.getKey("/Font");
        if (!fonts.isDictionary()) {
            fonts = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/Font", fonts);
        }
        fonts.replaceKey(kFontName, font);

        const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        const std::string label = std::to_string(i + 1) + '/' + total;
        const double x = (box.llx + box.urx - numberWidth(label)) / 2;
        const double y = box.lly + kFootFromBottom;
        // The printed content may leave its graphics state changed: it is wrapped in q … Q so
        // that the number is drawn in the page's own coordinates, in black.
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        const std::string number = "Q\nq 0 g BT " + std::string(kFontName) + ' ' +
                                   std::to_string(kFontSize) + " Tf " + std::to_string(x) + ' ' +
                                   std::to_string(y) + " Td (" + label + ") Tj ET Q\n";
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, number), false);
    }
}

void setInfo(QPDF &pdf, const PdfDocumentInfo &info)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle dictionary = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    auto set = [&dictionary](const char *key, const QString &value) {
        if (!value.isEmpty())
            dictionary.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    };
    set("/Title", info.title);
    set("/Author", info.author);
    set("/Subject", info.subject);
    set("/Keywords", info.keywords.join(QLatin1String(", ")));
    set("/Creator", info.creator);
    if (info.created.isValid()) {
        dictionary.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(info.created)));
        dictionary.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(info.created)));
    }
    trailer.replaceKey("/Info", dictionary);
    pdf.getRoot().removeKey("/Metadata");
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfDocumentInfo &info)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("printed document", pdf.constData(), std::size_t(pdf.size()));
        if (info.pageNumbers)
            numberPages(document);
        setInfo(document, info);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Error::failed(
            QCoreApplication::translate("PdfFinish", "the PDF could not be finished: %1")
                .arg(QString::fromStdString(e.what())));
    }
}

} // namespace plenary::web
