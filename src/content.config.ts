import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './checker/location.ts';
import { conditionSchema, eventSchema, guideSchema, programmeSchema, roleSchema, roomSchema } from './schemas/index.ts';

// One folder per collection; the file name is the entry's id and URL segment.
const fromFolder = (folder: string) => glob({ pattern: '*.mdx', base: `${contentRoot()}/${folder}` });

export const collections = {
  programmes: defineCollection({ loader: fromFolder('programmes'), schema: programmeSchema }),
  conditions: defineCollection({ loader: fromFolder('conditions'), schema: conditionSchema }),
  roles: defineCollection({ loader: fromFolder('roles'), schema: roleSchema }),
  rooms: defineCollection({ loader: fromFolder('rooms'), schema: roomSchema }),
  events: defineCollection({ loader: fromFolder('events'), schema: eventSchema }),
  guides: defineCollection({ loader: fromFolder('guides'), schema: guideSchema }),
};
