// What the benchmarks read about the machine and the process: peak and current memory from /proc, a reset of
// the peak between steps, and the CPU model for the table's heading. Linux only, like the figures they print.
#pragma once

#include <QString>

namespace alumnidesk::bench {

/// A kB figure from /proc/self/status ("VmHWM:", "VmRSS:"); -1 when it cannot be read.
qint64 statusKb(const char *field);
/// Resets the peak resident size (VmHWM) to the current one, so each step's peak is its own.
void resetPeakMemory();
/// "AMD EPYC …" from /proc/cpuinfo, else the architecture.
QString cpuModel();

} // namespace alumnidesk::bench
