#pragma once

#include <QString>
#include <QStringView>

namespace plenary {

/// Paragraph identifiers: random, permanent, collision-safe across clones.
namespace ParagraphId {

/// A fresh random identifier of 8 characters (40 bits) from a 32-letter alphabet.
[[nodiscard]] QString generate();

/// 4 to 32 characters from 0-9 and a-z.
[[nodiscard]] bool isValid(QStringView id);

} // namespace ParagraphId

} // namespace plenary
