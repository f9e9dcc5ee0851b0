#ifndef MPCHECK_CZBAR_SHIM_H
#define MPCHECK_CZBAR_SHIM_H

#include <zbar.h>

/* zbar_fourcc is a macro with arguments, which Swift does not import: the code of 8-bit grayscale. */
static const unsigned long CZBar_Y800 = zbar_fourcc('Y', '8', '0', '0');

#endif
