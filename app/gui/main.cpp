#include "app/GuiApplication.h"

int main(int argc, char* argv[])
{
    return loket::ui::runGui(argc, argv);
}
