#pragma once

#include <QString>

// The few operating-system calls Loket needs, kept in one place so the rest of the program stays
// portable: file modes, the file-creation mask, fsync and the terminal (POSIX), each with a
// Windows branch (docs/WINDOWS.md). Nothing else in core, ui or app includes a POSIX header.
namespace loket::platform {

// Makes a file readable and writable by its owner only (0600 on POSIX). Returns false when the
// file's mode could not be changed (or the file does not exist).
bool restrictToOwner(const QString& path);

// True when nobody but the owner may read or write the file (always true on Windows, where a
// user's profile folder is private already).
bool isOwnerOnly(const QString& path);

// Every file and folder the process creates from now on is its owner's only (umask 077), so
// exports, receipts, logs and backups are not readable by the other accounts of a shared PC.
// Returns the previous mask, for restoreFileCreation().
int ownerOnlyFileCreation();
void restoreFileCreation(int previous);

// Forces what was written to the open file `handle` (QFile::handle()) onto the disk (fsync), so a
// full disk shows now and not after a rename. True on success.
bool syncToDisk(int handle);

// Forces the file at `path` onto the disk (opens it and fsyncs it). True on success.
bool syncPath(const QString& path);

// True when standard input is a terminal (a person can be asked for a password).
bool stdinIsTerminal();

// Reads one line from standard input without echoing it (a password on a terminal), without the
// line end; the buffer it went through is wiped. Empty at end of input.
QString readHiddenLine();

// CPU time the calling thread has used, in seconds (for the logs of long work).
double threadCpuSeconds();

} // namespace loket::platform
