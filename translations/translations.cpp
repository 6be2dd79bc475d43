// Anchor for the alumnidesk_translations library, whose content is the embedded .qm resources.
namespace alumnidesk::translations {
int anchor()
{
    return 0;
}
} // namespace alumnidesk::translations
