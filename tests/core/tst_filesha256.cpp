// fileSha256 (OpenSSL's libcrypto) gives the digest the import history has always recorded: the published
// test vectors, and QCryptographicHash's digest for files around its 1 MB read buffer.
#include "common/FileSha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

class TestFileSha256 : public QObject {
    Q_OBJECT

private slots:
    void digest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); ///< empty: QCryptographicHash's
        QTest::newRow("empty file") << QByteArray()
                                    << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("Japanese CSV line") << QStringLiteral("社員番号,氏名\r\nE0001,髙橋　一郎\r\n").toUtf8() << QString();
        QRandomGenerator random(20261127);
        for (int size : {(1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17}) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            QTest::addRow("%d bytes", size) << bytes << QString();
        }
    }
    void digest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
        f.close();
        if (expected.isEmpty())
            expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(fileSha256(path), expected);
    }
    void unreadableFileHasNoDigest()
    {
        QTemporaryDir dir;
        QCOMPARE(fileSha256(dir.filePath(QStringLiteral("missing.csv"))), QString());
        QCOMPARE(fileSha256(dir.path()), QString()); // a folder
    }
};

QTEST_GUILESS_MAIN(TestFileSha256)
#include "tst_filesha256.moc"
