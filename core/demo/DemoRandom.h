// The demo roster's randomness: a small PRNG (xoshiro256**, seeded through splitmix64) and integer-only
// sampling written here, because std:: distributions are implementation-defined and would give a different
// roster on each standard library. Same seed, same numbers, on every platform.
#pragma once

#include <QtGlobal>
#include <QVector>

#include <algorithm>

namespace alumnidesk::demo {

/// splitmix64's output function: a strong stateless mix of 64 bits (also used to derive per-row seeds).
constexpr quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
    {
        // splitmix64 spreads one seed over the four words, so no state is all zeros.
        for (quint64 &word : m_s) {
            word = mix64(seed);
            seed += 0x9E3779B97F4A7C15ULL;
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, n); n > 0. Rejection removes the modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    /// Uniform in [lo, hi], both inclusive; hi >= lo.
    int between(int lo, int hi) { return lo + int(below(quint64(qint64(hi) - lo + 1))); }

    /// True with probability perMille / 1000.
    bool perMille(int p) { return int(below(1000)) < p; }
    /// True with probability percent / 100.
    bool percent(int p) { return int(below(100)) < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_s[4];
};

/// Picks indexes with probability proportional to integer weights (binary search over running totals).
class WeightedPicker {
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const QVector<quint32> &weights)
    {
        m_cumulative.reserve(weights.size());
        for (quint32 w : weights) {
            m_total += w;
            m_cumulative.append(m_total);
        }
    }

    /// An index in [0, size); the table must have a positive total weight.
    int pick(DemoRandom &rng) const
    {
        const quint64 r = rng.below(m_total);
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r) - m_cumulative.cbegin());
    }

    quint64 total() const { return m_total; }

private:
    QVector<quint64> m_cumulative;
    quint64 m_total = 0;
};

/// A picker over items that carry a `weight` member (the catalogue's tables).
template <typename T>
WeightedPicker weightedPickerOf(const QVector<T> &items)
{
    QVector<quint32> weights;
    weights.reserve(items.size());
    for (const T &item : items)
        weights.append(item.weight);
    return WeightedPicker(weights);
}

} // namespace alumnidesk::demo
