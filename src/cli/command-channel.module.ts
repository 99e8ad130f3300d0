import { Module } from '@nestjs/common';
import { CommandChannel } from './command-channel.js';

/** The running server's command channel for the command line (see CommandChannel). */
@Module({ providers: [CommandChannel] })
export class CommandChannelModule {}
