// The entry point of the repository-commands module (see CommandModule).
#include "blamecommand.h"
#include "branchcommand.h"
#include "clonecommand.h"
#include "commentcommand.h"
#include "commentscommand.h"
#include "commitcommand.h"
#include "democommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "initcommand.h"
#include "logcommand.h"
#include "mergecommand.h"
#include "pullcommand.h"
#include "pushcommand.h"
#include "restorecommand.h"
#include "showcommand.h"
#include "spellcommand.h"
#include "statuscommand.h"
#include "switchcommand.h"
#include "tagcommand.h"
#include "tagscommand.h"

#include <memory>
#include <vector>

using plenary::cli::Command;

extern "C" Q_DECL_EXPORT void plenaryCommands(std::vector<std::unique_ptr<Command>> *commands)
{
    using namespace plenary::cli;
    commands->push_back(std::make_unique<InitCommand>());
    commands->push_back(std::make_unique<CommitCommand>());
    commands->push_back(std::make_unique<LogCommand>());
    commands->push_back(std::make_unique<ShowCommand>());
    commands->push_back(std::make_unique<DiffCommand>());
    commands->push_back(std::make_unique<TagCommand>());
    commands->push_back(std::make_unique<TagsCommand>());
    commands->push_back(std::make_unique<RestoreCommand>());
    commands->push_back(std::make_unique<BlameCommand>());
    commands->push_back(std::make_unique<CommentCommand>());
    commands->push_back(std::make_unique<CommentsCommand>());
    commands->push_back(std::make_unique<DemoCommand>());
    commands->push_back(std::make_unique<SpellCommand>());
    commands->push_back(std::make_unique<ExportCommand>());
    commands->push_back(std::make_unique<StatusCommand>());
    commands->push_back(std::make_unique<BranchCommand>());
    commands->push_back(std::make_unique<SwitchCommand>());
    commands->push_back(std::make_unique<MergeCommand>());
    commands->push_back(std::make_unique<CloneCommand>());
    commands->push_back(std::make_unique<PullCommand>());
    commands->push_back(std::make_unique<PushCommand>());
}
