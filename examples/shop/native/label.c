#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void print_label(const char *customer, const char *note)
{
    char label[64];
    strcpy(label, customer);
    strcat(label, ": ");
    strcat(label, note);
    printf(label);
    printf("\n");
}

int main(int argc, char **argv)
{
    char command[256];
    if (argc < 3) {
        return 1;
    }
    print_label(argv[1], argv[2]);
    sprintf(command, "lpr -P labels %s", argv[1]);
    system(command);
    return 0;
}
