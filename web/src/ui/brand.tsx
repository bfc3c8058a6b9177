/** The Allot mark and name. */
import { Flex, Typography } from 'antd';

export const BrandMark = ({ size = 28 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
    <rect width="32" height="32" rx="7" fill="#1677ff" />
    <path
      d="M8 23 16 8l8 15"
      fill="none"
      stroke="#fff"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
    <path d="M11.5 18h9" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
  </svg>
);

export const Brand = ({ size = 28, inverted = false }: { size?: number; inverted?: boolean }) => (
  <Flex align="center" gap={10}>
    <BrandMark size={size} />
    <Typography.Text
      strong
      style={{ fontSize: size * 0.7, color: inverted ? '#fff' : undefined, letterSpacing: 0.5 }}
    >
      Allot
    </Typography.Text>
  </Flex>
);
