import KrelCore
import Template

/// The slice of shopspring/decimal that Sprig's float math uses: numbers made from a
/// float64's shortest decimal digits, exact addition, subtraction and multiplication,
/// division rounded (half away from zero) to 16 decimal places, and conversion back to
/// the nearest float64. So `addf 0.1 0.2` is exactly 0.3, unlike binary floating point.
struct GoDecimal {
    var negative: Bool
    /// Value = ±magnitude × 10^exponent.
    var magnitude: BigUInt
    var exponent: Int

    static let divisionPrecision = 16

    /// shopspring's `NewFromFloat`; it panics on NaN and infinities.
    init(_ x: Double) throws {
        guard x.isFinite else {
            let text = x.isNaN ? "NaN" : (x < 0 ? "-Inf" : "+Inf")
            throw FunctionError("Cannot create a Decimal from \(text)")
        }
        let digits = GoFloatFormat.shortestDigits(x)
        var magnitude = BigUInt(0)
        for digit in digits.digits { magnitude = magnitude.multiplied(bySmall: 10, adding: UInt32(digit - 48)) }
        self.init(negative: digits.negative && !magnitude.isZero, magnitude: magnitude,
                  exponent: digits.point - digits.digits.count)
    }

    init(negative: Bool, magnitude: BigUInt, exponent: Int) {
        self.negative = negative && !magnitude.isZero
        self.magnitude = magnitude
        self.exponent = exponent
    }

    /// Both magnitudes scaled to the smaller exponent.
    private static func aligned(_ a: GoDecimal, _ b: GoDecimal) -> (BigUInt, BigUInt, Int) {
        if a.exponent == b.exponent { return (a.magnitude, b.magnitude, a.exponent) }
        if a.exponent > b.exponent {
            return (a.magnitude.timesPowerOfTen(a.exponent - b.exponent), b.magnitude, b.exponent)
        }
        return (a.magnitude, b.magnitude.timesPowerOfTen(b.exponent - a.exponent), a.exponent)
    }

    static func + (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        let (x, y, exponent) = aligned(a, b)
        if a.negative == b.negative { return GoDecimal(negative: a.negative, magnitude: x.adding(y), exponent: exponent) }
        if x >= y { return GoDecimal(negative: a.negative, magnitude: x.subtracting(y), exponent: exponent) }
        return GoDecimal(negative: b.negative, magnitude: y.subtracting(x), exponent: exponent)
    }

    static func - (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        var negated = b
        negated.negative = !b.negative && !b.magnitude.isZero
        return a + negated
    }

    static func * (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        GoDecimal(negative: a.negative != b.negative, magnitude: a.magnitude.multiplied(by: b.magnitude),
                  exponent: a.exponent + b.exponent)
    }

    /// shopspring's `Div`: the quotient rounded half away from zero to 16 places.
    func divided(by other: GoDecimal) throws -> GoDecimal {
        if other.magnitude.isZero { throw FunctionError("decimal division by 0") }
        // quotient = a / b × 10^16 as an integer: scale whichever side keeps it exact.
        let shift = exponent - other.exponent + GoDecimal.divisionPrecision
        var numerator = magnitude, denominator = other.magnitude
        if shift >= 0 { numerator = numerator.timesPowerOfTen(shift) } else { denominator = denominator.timesPowerOfTen(-shift) }
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if remainder.adding(remainder) >= denominator { quotient = quotient.adding(BigUInt(1)) }
        return GoDecimal(negative: negative != other.negative, magnitude: quotient,
                         exponent: -GoDecimal.divisionPrecision)
    }

    /// The nearest float64 (Swift's parser rounds correctly, as Go's does).
    var doubleValue: Double {
        if magnitude.isZero { return 0 }
        let text = (negative ? "-" : "") + magnitude.decimalString + "e" + String(exponent)
        return Double(text) ?? 0
    }
}

/// A minimal unsigned big integer (little-endian 32-bit limbs), enough for decimal math.
struct BigUInt: Comparable {
    private(set) var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = value == 0 ? [] : (value >> 32 == 0 ? [UInt32(value)] : [UInt32(truncatingIfNeeded: value), UInt32(value >> 32)])
    }

    private init(limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
    }

    var isZero: Bool { limbs.isEmpty }

    func multiplied(bySmall factor: UInt32, adding addend: UInt32 = 0) -> BigUInt {
        var result: [UInt32] = []
        result.reserveCapacity(limbs.count + 1)
        var carry = UInt64(addend)
        for limb in limbs {
            let product = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(truncatingIfNeeded: product))
            carry = product >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return BigUInt(limbs: result)
    }

    func timesPowerOfTen(_ power: Int) -> BigUInt {
        var result = self
        var remaining = power
        while remaining >= 9 { result = result.multiplied(bySmall: 1_000_000_000); remaining -= 9 }
        var factor: UInt32 = 1
        for _ in 0..<max(0, remaining) { factor *= 10 }
        return factor == 1 ? result : result.multiplied(bySmall: factor)
    }

    func adding(_ other: BigUInt) -> BigUInt {
        var result: [UInt32] = []
        result.reserveCapacity(Swift.max(limbs.count, other.limbs.count) + 1)
        var carry: UInt64 = 0
        for index in 0..<Swift.max(limbs.count, other.limbs.count) {
            let sum = UInt64(index < limbs.count ? limbs[index] : 0)
                + UInt64(index < other.limbs.count ? other.limbs[index] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return BigUInt(limbs: result)
    }

    /// self - other, for self >= other.
    func subtracting(_ other: BigUInt) -> BigUInt {
        var result = limbs
        var borrow: Int64 = 0
        for index in 0..<result.count {
            var difference = Int64(result[index]) - Int64(index < other.limbs.count ? other.limbs[index] : 0) - borrow
            borrow = 0
            if difference < 0 { difference += 1 << 32; borrow = 1 }
            result[index] = UInt32(difference)
        }
        return BigUInt(limbs: result)
    }

    func multiplied(by other: BigUInt) -> BigUInt {
        if isZero || other.isZero { return BigUInt(0) }
        var result = [UInt32](repeating: 0, count: limbs.count + other.limbs.count)
        for (i, a) in limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, b) in other.limbs.enumerated() {
                let t = UInt64(a) * UInt64(b) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            result[i + other.limbs.count] = UInt32(carry)
        }
        return BigUInt(limbs: result)
    }

    /// Binary long division (the operands here are a few hundred bits at most).
    func quotientAndRemainder(dividingBy divisor: BigUInt) -> (BigUInt, BigUInt) {
        if self < divisor { return (BigUInt(0), self) }
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder = BigUInt(0)
        for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
            let set = (limbs[bit / 32] >> UInt32(bit % 32)) & 1
            remainder = remainder.multiplied(bySmall: 2, adding: set)
            if remainder >= divisor {
                remainder = remainder.subtracting(divisor)
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        return (BigUInt(limbs: quotient), remainder)
    }

    var decimalString: String {
        if isZero { return "0" }
        var chunks: [UInt32] = []
        var current = limbs
        while !current.isEmpty {
            var remainder: UInt64 = 0
            for index in stride(from: current.count - 1, through: 0, by: -1) {
                let value = (remainder << 32) | UInt64(current[index])
                current[index] = UInt32(value / 1_000_000_000)
                remainder = value % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while current.last == 0 { current.removeLast() }
        }
        var text = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let part = String(chunk)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for index in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[index] != b.limbs[index] {
            return a.limbs[index] < b.limbs[index]
        }
        return false
    }
}
