#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

// Debian builds libxml2 with ICU, so encoding.h would pull in the system ICU
// headers, which clash with Foundation's own ICU module on a clean debug build
// ("'UErrorCode' has different definitions in different modules"). Nothing
// here uses the ICU-specific declarations, so hide them before any other
// libxml2 header is read.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlwriter.h>

/// Frees memory that libxml2 allocated. `xmlFree` itself is a global
/// function-pointer variable, which Swift 6 language mode refuses to call.
static inline void clibxml2_free(void *pointer) {
    xmlFree(pointer);
}

#endif
