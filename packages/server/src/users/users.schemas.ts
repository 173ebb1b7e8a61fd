import { z } from 'zod';
import { ROLES } from '../db/schema.ts';

export const PASSWORD_MIN_LENGTH = 10;

const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024);

export const CreateUserBody = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: Password,
});

export const PatchUserBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: Password.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, {
    message: 'Send at least one of name, role, disabled, password.',
  });
