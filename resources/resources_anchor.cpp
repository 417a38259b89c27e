// The resources library holds only compiled-in files; this anchor gives the linker a symbol.
namespace pilar { int resourcesAnchor() { return 1; } }
