#ifndef MPCHECK_CLIBARCHIVE_SHIM_H
#define MPCHECK_CLIBARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>

/* The AE_IF* macros are casts, which Swift does not import; these constants carry the same values. */
static const __LA_MODE_T CLibArchive_IFMT = AE_IFMT;
static const __LA_MODE_T CLibArchive_IFREG = AE_IFREG;
static const __LA_MODE_T CLibArchive_IFLNK = AE_IFLNK;
static const __LA_MODE_T CLibArchive_IFSOCK = AE_IFSOCK;
static const __LA_MODE_T CLibArchive_IFCHR = AE_IFCHR;
static const __LA_MODE_T CLibArchive_IFBLK = AE_IFBLK;
static const __LA_MODE_T CLibArchive_IFDIR = AE_IFDIR;
static const __LA_MODE_T CLibArchive_IFIFO = AE_IFIFO;

#endif
