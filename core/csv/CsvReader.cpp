#include "csv/CsvReader.h"

#include "csv/CsvIssues.h"
#include "csv/JapaneseTables.h"

#include <QCoreApplication>

namespace alumnidesk::csv {

CsvReader::CsvReader(QIODevice *device, CsvReaderOptions options)
    : m_device(device)
    , m_options(std::move(options))
{
    m_options.chunkSize = qMax<qsizetype>(1, m_options.chunkSize);
    m_options.detectionSize = qMax<qsizetype>(1, m_options.detectionSize);
}

CsvReader::~CsvReader() = default;

void CsvReader::fail(Error error)
{
    m_error = std::move(error);
    m_state = State::Failed;
}

qint64 CsvReader::totalBytes() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

Status CsvReader::status() const
{
    switch (m_state) {
    case State::Failed:
        return m_error;
    case State::Cancelled:
        return Error{QCoreApplication::translate("CsvReader", "Reading the file was cancelled."), {}};
    default:
        return Status::success();
    }
}

qsizetype CsvReader::bufferedBytes() const
{
    const qsizetype parser = m_parser ? m_parser->heldChars() : 0;
    return m_chunk.capacity() + (m_text.capacity() + parser) * qsizetype(sizeof(QChar))
        + m_errors.capacity() * qsizetype(sizeof(DecodeError));
}

QByteArray CsvReader::readHead()
{
    QByteArray head;
    while (head.size() < m_options.detectionSize) {
        // Pipes and sockets deliver data late: wait for it rather than take a pause for the end of the file.
        if (m_device->isSequential() && m_device->bytesAvailable() == 0)
            m_device->waitForReadyRead(-1);
        const qsizetype old = head.size();
        const qsizetype want = qMin(m_options.chunkSize, m_options.detectionSize - old);
        head.resize(old + want);
        const qint64 n = m_device->read(head.data() + old, want);
        head.resize(old + qMax<qint64>(n, 0));
        if (n < 0) {
            fail({QCoreApplication::translate("CsvReader", "The file could not be read."), m_device->errorString()});
            return {};
        }
        if (n == 0) {
            m_deviceDone = true;
            break;
        }
    }
    m_bytesRead = head.size();
    return head;
}

Result<CsvFormat> CsvReader::open()
{
    if (m_state == State::Failed)
        return m_error;
    if (m_state != State::New)
        return m_format;
    if (!m_device || !m_device->isReadable()) {
        fail({QCoreApplication::translate("CsvReader", "The file is not open for reading."), {}});
        return m_error;
    }
    if (m_options.delimiter) {
        const QChar d = *m_options.delimiter;
        if (d == QLatin1Char('"') || d == QLatin1Char('\r') || d == QLatin1Char('\n') || d.isNull()) {
            fail({QCoreApplication::translate("CsvReader", "A quote mark or a line break cannot separate values."), {}});
            return m_error;
        }
    }
    const QByteArray head = readHead();
    if (m_state == State::Failed)
        return m_error;
    m_format.encoding = m_options.encoding ? chosenEncoding(*m_options.encoding, head)
                                           : detectEncoding(head, m_deviceDone);
    const TextEncoding encoding = m_format.encoding.encoding;
    if ((encoding == TextEncoding::Cp932 || encoding == TextEncoding::EucJp) && !tables::japaneseConvertersAvailable()) {
        fail({QCoreApplication::translate("CsvReader", "This build of Qt cannot decode %1: it lacks the ICU converter.")
                  .arg(encodingName(encoding)),
              {}});
        return m_error;
    }

    // The head is decoded in chunk-sized pieces too, so it meets the same boundaries as the rest of the file
    // (and a test with 1-byte chunks cuts every character of it).
    m_decoder = makeDecoder(encoding);
    const int bom = m_format.encoding.bomLength;
    m_decoder->startAt(bom);
    const QByteArrayView rest = QByteArrayView(head).sliced(bom);
    for (qsizetype i = 0; i < rest.size(); i += m_options.chunkSize)
        decodeInto(rest.sliced(i, qMin(m_options.chunkSize, rest.size() - i)), false);
    if (m_deviceDone) {
        decodeInto({}, true);
        m_finalFlushed = true;
    }
    m_format.delimiter = m_options.delimiter ? chosenDelimiter(*m_options.delimiter)
                                             : detectDelimiter(m_text, m_deviceDone);
    m_parser = std::make_unique<CsvParser>(m_format.delimiter.delimiter, m_options.limits, encodingName(encoding));
    m_parser->setInput(m_text, m_errors);
    m_state = State::Reading;
    m_peakBuffered = bufferedBytes();
    if (m_progress)
        m_progress(m_bytesRead, totalBytes());
    return m_format;
}

void CsvReader::decodeInto(QByteArrayView bytes, bool last)
{
    m_decoder->decode(bytes, m_text, m_errors, last);
}

bool CsvReader::fillInput()
{
    // resize(0) keeps the buffers' capacity: after the first chunk, reading allocates nothing more.
    m_text.resize(0);
    m_errors.resize(0);
    if (m_cancelCheck && m_cancelCheck()) {
        m_state = State::Cancelled;
        return false;
    }
    if (m_device->isSequential() && m_device->bytesAvailable() == 0)
        m_device->waitForReadyRead(-1);
    m_chunk.resize(m_options.chunkSize);
    const qint64 n = m_device->read(m_chunk.data(), m_options.chunkSize);
    if (n < 0) {
        fail({QCoreApplication::translate("CsvReader", "The file could not be read."), m_device->errorString()});
        return false;
    }
    if (n == 0) {
        m_deviceDone = true;
        decodeInto({}, true);
        m_finalFlushed = true;
    } else {
        m_bytesRead += n;
        decodeInto(QByteArrayView(m_chunk.constData(), n), false);
    }
    m_parser->setInput(m_text, m_errors);
    m_peakBuffered = qMax(m_peakBuffered, bufferedBytes());
    if (m_progress)
        m_progress(m_bytesRead, totalBytes());
    return true;
}

bool CsvReader::readNext(CsvRecord &record)
{
    if (m_state == State::New && !open())
        return false;
    while (m_state == State::Reading) {
        switch (m_parser->next(record)) {
        case CsvParser::Step::Record:
            m_peakBuffered = qMax(m_peakBuffered, bufferedBytes());
            return true;
        case CsvParser::Step::Fatal:
            fail({issues::describe(*m_parser->fatalIssue()), {}});
            return false;
        case CsvParser::Step::NeedInput:
            break;
        }
        if (m_finalFlushed) {
            m_state = State::Finished;
            if (m_parser->finish(record))
                return true;
            if (m_parser->fatalIssue())
                fail({issues::describe(*m_parser->fatalIssue()), {}});
            return false;
        }
        if (!fillInput())
            return false;
    }
    return false;
}

Status CsvReader::forEachRecord(const std::function<bool(const CsvRecord &)> &onRecord)
{
    CsvRecord record;
    while (readNext(record)) {
        if (!onRecord(record))
            return Status::success();
    }
    return status();
}

} // namespace alumnidesk::csv
