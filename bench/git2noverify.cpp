// A what-if for `bench/run history`, never part of Plenary: loaded into a plenary process with
// LD_PRELOAD, it turns off libgit2's strict hash verification before main() runs. libgit2 turns
// it on by default (GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION): every object read from the
// repository is hashed again with SHA-1 (collision-detecting SHA-1 in Debian's build), which
// for `plenary blame` means hashing every revision of the text. The git program does not do
// this when it reads objects. The rows it makes show what a one-line change in the library
// would gain; the option is a plain global in libgit2, so setting it before
// git_libgit2_init() is enough.

#include <git2.h>

namespace {

[[gnu::constructor]] void disableStrictHashVerification()
{
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

} // namespace
