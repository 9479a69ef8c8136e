/* The floor: everything here is start-up and exit. */
int main(void)
{
    return 0;
}
