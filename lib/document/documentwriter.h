#pragma once

#include "document.h"

#include <QByteArray>

namespace plenary {

/// Writes the canonical form of the Plenary text format (docs/format.md).
class DocumentWriter
{
public:
    [[nodiscard]] static QByteArray write(const Document &document);
};

} // namespace plenary
