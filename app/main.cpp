#include "cli/commandline.h"

int main(int argc, char *argv[])
{
    return plenary::cli::CommandLine::run(argc, argv);
}
