#pragma once

#include "negotiationrepository.h"

#include <QCoreApplication>

namespace plenary {

/// The sample negotiation: the bundled declaration built up revision by revision by the
/// co-organising delegations, with Rev.1 and Rev.2 named, and their comment threads saved with
/// the revisions they were made in. `plenary demo` and the editor's
/// welcome page both create it with this class.
class DemoNegotiation
{
    Q_DECLARE_TR_FUNCTIONS(DemoNegotiation)

public:
    /// The manifest of the demo: host country, UN offices, a regional organisation, a donor.
    [[nodiscard]] static Manifest manifest();

    /// Creates the demo repository in `directory` (which must not be a repository yet).
    [[nodiscard]] static Result<NegotiationRepository> create(const QString &directory);
};

} // namespace plenary
