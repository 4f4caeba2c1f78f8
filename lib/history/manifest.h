#pragma once

#include "document/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace plenary {

/// A participating delegation: a short code (as in "Delegation: EU"), its full name and the
/// colour it is shown in.
struct Delegation
{
    QString code;
    QString name;
    QString colour; ///< "#rrggbb"

    bool operator==(const Delegation &) const = default;
};

/// What belongs to a negotiation repository rather than to a document: the delegations and
/// the secretariat's. Stored in the repository's `plenary.manifest` (docs/repository.md).
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    QString secretariat; ///< code of the secretariat's delegation
    QList<Delegation> delegations;
    QList<QPair<QString, QString>> extraFields; ///< unknown fields, kept verbatim

    [[nodiscard]] const Delegation *delegation(const QString &code) const;

    /// The title of a proposal (a branch) as its `proposal SLUG: Title` line gives it; empty
    /// for a branch that is not a proposal.
    [[nodiscard]] QString proposalTitle(const QString &slug) const;
    /// Sets a proposal's title; proposals stay sorted by slug, so that two clones adding
    /// different proposals merge line by line.
    void setProposalTitle(const QString &slug, const QString &title);

    /// 2 to 12 characters from A-Z, 0-9 and '-', starting with a letter.
    [[nodiscard]] static bool isValidCode(const QString &code);
    /// A distinct colour for the n-th delegation.
    [[nodiscard]] static QString paletteColour(int n);

    struct ReadResult;
    [[nodiscard]] static ReadResult read(const QByteArray &bytes);
    [[nodiscard]] QByteArray write() const;

    bool operator==(const Manifest &) const = default;
};

struct Manifest::ReadResult
{
    Manifest manifest;
    Diagnostics diagnostics;
    [[nodiscard]] bool hasErrors() const { return plenary::hasErrors(diagnostics); }
};

} // namespace plenary
