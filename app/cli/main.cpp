#include "CliApplication.h"

int main(int argc, char* argv[])
{
    return loket::cli::runCli(argc, argv);
}
