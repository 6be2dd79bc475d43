// CP932 (Shift_JIS as Windows writes it) and EUC-JP decoders that say where bad bytes are. The byte
// structure (which bytes lead, which may follow) is checked here; what a valid pair means comes from
// Qt's ICU converters through JapaneseTables.
#pragma once

#include "csv/ByteDecoder.h"

namespace alumnidesk::csv {

class Cp932Decoder final : public ByteDecoder {
protected:
    void decodeBytes(QByteArrayView bytes, QString &out, bool last) override;

private:
    int m_lead = -1; ///< a lead byte waiting for its trail, or -1
    qint64 m_leadOffset = 0;
};

class EucJpDecoder final : public ByteDecoder {
protected:
    void decodeBytes(QByteArrayView bytes, QString &out, bool last) override;

private:
    char m_pending[3] = {};
    int m_pendingLength = 0;
    int m_sequenceLength = 0;
    qint64 m_pendingOffset = 0;
};

} // namespace alumnidesk::csv
